-- CodeMie platform database schema fixture
-- Release 2.42.0 (also 2.41.0), Alembic head i1n2t3e4r5a6
-- Recreates the tables the Admin Console reads and writes, in the shape the
-- platform's Alembic migrations leave them. Schema only, no data rows except
-- the alembic_version head.
-- Format rules: one statement per semicolon, every semicolon at the end of a
-- line, comments only as whole lines.

CREATE SCHEMA IF NOT EXISTS codemie;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
SET search_path TO codemie, public;

-- ---------------------------------------------------------------------------
-- Enum used by dynamic_config.value_type
-- ---------------------------------------------------------------------------
CREATE TYPE codemie.configvaluetype AS ENUM ('STRING', 'INT', 'FLOAT', 'BOOL');

-- ---------------------------------------------------------------------------
-- users (is_super_admin renamed to is_admin in 2.19.0, is_maintainer 2.23.0)
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.users (
    id VARCHAR(36) NOT NULL,
    date TIMESTAMP WITHOUT TIME ZONE,
    update_date TIMESTAMP WITHOUT TIME ZONE,
    username VARCHAR(255) NOT NULL,
    email VARCHAR(255) NOT NULL,
    name VARCHAR(255),
    password_hash VARCHAR(255),
    picture VARCHAR(1024),
    user_type VARCHAR(50) NOT NULL DEFAULT 'regular',
    is_active BOOLEAN NOT NULL DEFAULT true,
    is_admin BOOLEAN NOT NULL DEFAULT false,
    auth_source VARCHAR(50) NOT NULL DEFAULT 'local',
    email_verified BOOLEAN NOT NULL DEFAULT false,
    last_login_at TIMESTAMP WITHOUT TIME ZONE,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    project_limit INTEGER DEFAULT 3,
    is_maintainer BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (id),
    UNIQUE (username),
    UNIQUE (email),
    CONSTRAINT ck_users_project_limit CHECK (project_limit IS NULL OR project_limit >= 0)
);
CREATE INDEX ix_users_id ON codemie.users (id);
CREATE INDEX ix_users_username ON codemie.users (username);
CREATE INDEX ix_users_email ON codemie.users (email);
CREATE INDEX ix_users_is_active ON codemie.users (is_active);
-- The index kept its pre-2.19 name after the column rename
CREATE INDEX ix_users_is_super_admin ON codemie.users (is_admin);
CREATE INDEX ix_users_deleted_at ON codemie.users (deleted_at);
CREATE INDEX ix_users_active_deleted ON codemie.users (is_active, deleted_at);
CREATE INDEX ix_users_email_deleted ON codemie.users (email, deleted_at);

-- ---------------------------------------------------------------------------
-- user_projects (project membership, project_name has no foreign key)
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.user_projects (
    id VARCHAR(36) NOT NULL,
    date TIMESTAMP WITHOUT TIME ZONE,
    update_date TIMESTAMP WITHOUT TIME ZONE,
    user_id VARCHAR(36) NOT NULL,
    project_name VARCHAR(255) NOT NULL,
    is_project_admin BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (id),
    CONSTRAINT ix_user_project_unique UNIQUE (user_id, project_name),
    FOREIGN KEY (user_id) REFERENCES codemie.users (id) ON DELETE CASCADE
);
CREATE INDEX ix_user_projects_user_id ON codemie.user_projects (user_id);
CREATE INDEX ix_user_projects_project_name ON codemie.user_projects (project_name);

-- ---------------------------------------------------------------------------
-- user_knowledge_bases
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.user_knowledge_bases (
    id VARCHAR(36) NOT NULL,
    date TIMESTAMP WITHOUT TIME ZONE,
    update_date TIMESTAMP WITHOUT TIME ZONE,
    user_id VARCHAR(36) NOT NULL,
    kb_name VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ix_user_kb_unique UNIQUE (user_id, kb_name),
    FOREIGN KEY (user_id) REFERENCES codemie.users (id) ON DELETE CASCADE
);
CREATE INDEX ix_user_knowledge_bases_user_id ON codemie.user_knowledge_bases (user_id);
CREATE INDEX ix_user_knowledge_bases_kb_name ON codemie.user_knowledge_bases (kb_name);

-- ---------------------------------------------------------------------------
-- email_verification_tokens (local auth only)
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.email_verification_tokens (
    id VARCHAR(36) NOT NULL,
    date TIMESTAMP WITHOUT TIME ZONE,
    update_date TIMESTAMP WITHOUT TIME ZONE,
    user_id VARCHAR(36) NOT NULL,
    token_hash VARCHAR(255) NOT NULL,
    email VARCHAR(255) NOT NULL,
    token_type VARCHAR(50) NOT NULL DEFAULT 'email_verification',
    expires_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    used_at TIMESTAMP WITHOUT TIME ZONE,
    PRIMARY KEY (id),
    UNIQUE (token_hash),
    FOREIGN KEY (user_id) REFERENCES codemie.users (id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------------------
-- cost_centers (2.19.0)
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.cost_centers (
    id UUID NOT NULL DEFAULT gen_random_uuid(),
    name VARCHAR(255) NOT NULL,
    description VARCHAR(500),
    created_by VARCHAR(255) NOT NULL,
    date TIMESTAMP WITHOUT TIME ZONE NOT NULL DEFAULT NOW(),
    update_date TIMESTAMP WITHOUT TIME ZONE NOT NULL DEFAULT NOW(),
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    PRIMARY KEY (id)
);
CREATE INDEX ix_cost_centers_deleted_at ON codemie.cost_centers (deleted_at);
CREATE UNIQUE INDEX ux_cost_centers_name_lower ON codemie.cost_centers (LOWER(name));

-- ---------------------------------------------------------------------------
-- applications (projects, id is always equal to name)
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.applications (
    id VARCHAR NOT NULL,
    date TIMESTAMP WITHOUT TIME ZONE,
    update_date TIMESTAMP WITHOUT TIME ZONE,
    name VARCHAR NOT NULL,
    git_repos JSONB,
    project_type VARCHAR(50) NOT NULL DEFAULT 'shared',
    created_by VARCHAR(255),
    description VARCHAR(500),
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    cost_center_id UUID,
    display_name VARCHAR(150),
    PRIMARY KEY (id),
    CONSTRAINT ck_applications_project_type CHECK (project_type IN ('personal', 'shared')),
    CONSTRAINT fk_applications_cost_center_id FOREIGN KEY (cost_center_id) REFERENCES codemie.cost_centers (id)
);
CREATE INDEX ix_applications_name ON codemie.applications USING gin (name gin_trgm_ops);
CREATE INDEX ix_applications_deleted_at ON codemie.applications (deleted_at);
CREATE INDEX ix_applications_cost_center_id ON codemie.applications (cost_center_id);

-- ---------------------------------------------------------------------------
-- dynamic_config (runtime configuration, platform-owned)
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.dynamic_config (
    id VARCHAR NOT NULL,
    date TIMESTAMP WITHOUT TIME ZONE,
    update_date TIMESTAMP WITHOUT TIME ZONE,
    key VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    value_type codemie.configvaluetype NOT NULL,
    description VARCHAR(500),
    updated_by VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ix_dynamic_config_key ON codemie.dynamic_config (key);

-- ---------------------------------------------------------------------------
-- budgets (2.23.0, extended in 2.25.0)
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.budgets (
    budget_id VARCHAR(255) NOT NULL,
    name VARCHAR(128) NOT NULL,
    description VARCHAR(500),
    soft_budget DOUBLE PRECISION NOT NULL,
    max_budget DOUBLE PRECISION NOT NULL,
    budget_duration VARCHAR(16) NOT NULL,
    budget_category VARCHAR(32) NOT NULL,
    budget_reset_at VARCHAR(64),
    created_by VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE,
    budget_type VARCHAR(16) NOT NULL DEFAULT 'global',
    provider_metadata JSONB,
    budget_origin_type VARCHAR(32) NOT NULL DEFAULT 'main',
    parent_budget_id VARCHAR(255),
    owner_user_id VARCHAR(36),
    project_name VARCHAR(100),
    detached_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (budget_id),
    CONSTRAINT fk_budgets_parent_budget_id FOREIGN KEY (parent_budget_id) REFERENCES codemie.budgets (budget_id),
    CONSTRAINT fk_budgets_owner_user_id FOREIGN KEY (owner_user_id) REFERENCES codemie.users (id),
    CONSTRAINT fk_budgets_project_name FOREIGN KEY (project_name) REFERENCES codemie.applications (id)
);
CREATE UNIQUE INDEX uix_budgets_name_active ON codemie.budgets (name) WHERE deleted_at IS NULL;
CREATE INDEX ix_budgets_budget_category ON codemie.budgets (budget_category);
CREATE INDEX ix_budgets_created_by ON codemie.budgets (created_by);
CREATE INDEX ix_budgets_budget_type ON codemie.budgets (budget_type);
CREATE INDEX ix_budgets_type_category ON codemie.budgets (budget_type, budget_category);
CREATE INDEX ix_budgets_parent_budget_id ON codemie.budgets (parent_budget_id);
CREATE INDEX ix_budgets_origin_type ON codemie.budgets (budget_origin_type);
CREATE INDEX ix_budgets_project_origin ON codemie.budgets (project_name, budget_category, budget_origin_type);

-- ---------------------------------------------------------------------------
-- user_budget_assignments (2.23.0): one budget per user and category
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.user_budget_assignments (
    user_id VARCHAR(36) NOT NULL,
    category VARCHAR(32) NOT NULL,
    budget_id VARCHAR(255) NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    assigned_by VARCHAR(255),
    PRIMARY KEY (user_id, category),
    FOREIGN KEY (user_id) REFERENCES codemie.users (id) ON DELETE CASCADE,
    FOREIGN KEY (budget_id) REFERENCES codemie.budgets (budget_id) ON DELETE CASCADE
);
CREATE INDEX ix_uba_budget_id ON codemie.user_budget_assignments (budget_id);
CREATE INDEX ix_uba_user_id ON codemie.user_budget_assignments (user_id);
CREATE INDEX idx_uba_user_category ON codemie.user_budget_assignments (user_id, category);

-- ---------------------------------------------------------------------------
-- project_budget_groups (2.36.0)
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.project_budget_groups (
    id VARCHAR(36) NOT NULL,
    project_name VARCHAR(100) NOT NULL,
    name VARCHAR(100) NOT NULL DEFAULT '',
    budget_duration VARCHAR(16) NOT NULL,
    description VARCHAR(500),
    created_by VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id),
    FOREIGN KEY (project_name) REFERENCES codemie.applications (id)
);
CREATE UNIQUE INDEX uix_pbg_project_active ON codemie.project_budget_groups (project_name) WHERE deleted_at IS NULL;
CREATE INDEX ix_pbg_project_name ON codemie.project_budget_groups (project_name);

-- ---------------------------------------------------------------------------
-- project_budget_assignments (2.25.0, group_id 2.36.0)
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.project_budget_assignments (
    id VARCHAR(36) NOT NULL,
    project_name VARCHAR(100) NOT NULL,
    budget_category VARCHAR(32) NOT NULL,
    budget_id VARCHAR(255) NOT NULL,
    allocation_mode VARCHAR(16) NOT NULL DEFAULT 'equal',
    assigned_by VARCHAR(255) NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    deleted_at TIMESTAMP WITH TIME ZONE,
    group_id VARCHAR(36),
    PRIMARY KEY (id),
    FOREIGN KEY (project_name) REFERENCES codemie.applications (id) ON DELETE CASCADE,
    FOREIGN KEY (budget_id) REFERENCES codemie.budgets (budget_id) ON DELETE CASCADE,
    CONSTRAINT fk_pba_group_id FOREIGN KEY (group_id) REFERENCES codemie.project_budget_groups (id)
);
CREATE UNIQUE INDEX uix_pba_project_category_active ON codemie.project_budget_assignments (project_name, budget_category) WHERE deleted_at IS NULL;
CREATE INDEX ix_pba_budget_id ON codemie.project_budget_assignments (budget_id);
CREATE INDEX ix_pba_project_name ON codemie.project_budget_assignments (project_name);
CREATE INDEX ix_pba_project_category ON codemie.project_budget_assignments (project_name, budget_category);
CREATE INDEX idx_pba_active_project_category ON codemie.project_budget_assignments (project_name, budget_category) WHERE deleted_at IS NULL;
CREATE INDEX ix_pba_group_id ON codemie.project_budget_assignments (group_id);

-- ---------------------------------------------------------------------------
-- project_member_budget_assignments (2.25.0), pmba_ prefixed columns exist
-- only in the database
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.project_member_budget_assignments (
    id VARCHAR(36) NOT NULL,
    project_name VARCHAR(100) NOT NULL,
    budget_category VARCHAR(32) NOT NULL,
    project_budget_id VARCHAR(255) NOT NULL,
    user_id VARCHAR(36) NOT NULL,
    allocation_mode VARCHAR(16) NOT NULL DEFAULT 'equal',
    allocation_weight DOUBLE PRECISION,
    allocated_soft_budget DOUBLE PRECISION NOT NULL,
    allocated_max_budget DOUBLE PRECISION NOT NULL,
    pmba_provider_metadata JSONB,
    spend DOUBLE PRECISION,
    budget_reset_at VARCHAR(64),
    pmba_last_synced_at TIMESTAMP WITH TIME ZONE,
    sync_status VARCHAR(32),
    override_reason VARCHAR(500),
    assigned_by VARCHAR(255),
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    pmba_deleted_at TIMESTAMP WITH TIME ZONE,
    shared_budget_id VARCHAR(255),
    override_budget_id VARCHAR(255),
    effective_budget_id VARCHAR(255),
    PRIMARY KEY (id),
    FOREIGN KEY (project_name) REFERENCES codemie.applications (id) ON DELETE CASCADE,
    FOREIGN KEY (project_budget_id) REFERENCES codemie.budgets (budget_id) ON DELETE CASCADE,
    FOREIGN KEY (user_id) REFERENCES codemie.users (id) ON DELETE CASCADE,
    CONSTRAINT fk_pmba_shared_budget_id FOREIGN KEY (shared_budget_id) REFERENCES codemie.budgets (budget_id),
    CONSTRAINT fk_pmba_override_budget_id FOREIGN KEY (override_budget_id) REFERENCES codemie.budgets (budget_id),
    CONSTRAINT fk_pmba_effective_budget_id FOREIGN KEY (effective_budget_id) REFERENCES codemie.budgets (budget_id)
);
CREATE UNIQUE INDEX uix_pmba_project_category_user_active ON codemie.project_member_budget_assignments (project_name, budget_category, user_id) WHERE pmba_deleted_at IS NULL;
CREATE INDEX ix_pmba_project_budget_id ON codemie.project_member_budget_assignments (project_budget_id);
CREATE INDEX ix_pmba_user_id ON codemie.project_member_budget_assignments (user_id);
CREATE INDEX ix_pmba_project_category ON codemie.project_member_budget_assignments (project_name, budget_category);
CREATE INDEX idx_pmba_active_project_category_user ON codemie.project_member_budget_assignments (project_name, budget_category, user_id) WHERE pmba_deleted_at IS NULL;
CREATE INDEX ix_pmba_effective_budget_id ON codemie.project_member_budget_assignments (effective_budget_id);

-- ---------------------------------------------------------------------------
-- project_spend_tracking (2.16.0 as project_cost_tracking, renamed 2.23.0)
-- The cost center foreign key kept its pre-rename name.
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.project_spend_tracking (
    id UUID NOT NULL DEFAULT gen_random_uuid(),
    project_name VARCHAR NOT NULL,
    key_hash VARCHAR,
    spend_date TIMESTAMP WITH TIME ZONE NOT NULL,
    daily_spend NUMERIC(18, 9) NOT NULL,
    cumulative_spend NUMERIC(18, 9) NOT NULL,
    budget_period_spend NUMERIC(18, 9) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    cost_center_id UUID,
    cost_center_name VARCHAR(255),
    budget_id VARCHAR,
    budget_category VARCHAR,
    spend_subject_type VARCHAR,
    user_id VARCHAR,
    provider_subject_id VARCHAR,
    PRIMARY KEY (id),
    CONSTRAINT fk_project_cost_tracking_cost_center_id FOREIGN KEY (cost_center_id) REFERENCES codemie.cost_centers (id),
    CONSTRAINT ck_project_spend_tracking_subject_type_values CHECK (spend_subject_type IN ('key', 'budget', 'project_budget', 'member_budget')),
    CONSTRAINT ck_project_spend_tracking_key_hash_shape CHECK ((spend_subject_type = 'key' AND key_hash IS NOT NULL) OR (spend_subject_type IN ('budget', 'project_budget', 'member_budget') AND key_hash IS NULL))
);
CREATE INDEX ix_project_spend_tracking_project_name ON codemie.project_spend_tracking (project_name);
CREATE INDEX ix_project_spend_tracking_key_hash ON codemie.project_spend_tracking (key_hash);
CREATE INDEX ix_project_spend_tracking_spend_date ON codemie.project_spend_tracking (spend_date);
CREATE INDEX ix_project_spend_tracking_budget_category ON codemie.project_spend_tracking (budget_category);
CREATE UNIQUE INDEX uix_project_spend_tracking_key_rows ON codemie.project_spend_tracking (project_name, key_hash, spend_date) WHERE spend_subject_type = 'key';
CREATE UNIQUE INDEX uix_project_spend_tracking_budget_rows ON codemie.project_spend_tracking (project_name, budget_id, budget_category, spend_date) WHERE spend_subject_type = 'budget';
CREATE UNIQUE INDEX uix_project_spend_tracking_project_budget_rows ON codemie.project_spend_tracking (project_name, budget_id, spend_date) WHERE spend_subject_type = 'project_budget';
CREATE UNIQUE INDEX uix_project_spend_tracking_member_budget_rows ON codemie.project_spend_tracking (project_name, budget_id, user_id, spend_date) WHERE spend_subject_type = 'member_budget';

-- ---------------------------------------------------------------------------
-- activity_events (audit log, 2.40.0), append-only
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.activity_events (
    id VARCHAR(36) NOT NULL,
    domain VARCHAR(64) NOT NULL,
    event_type VARCHAR(128) NOT NULL,
    entity_type VARCHAR(64),
    entity_id TEXT,
    actor_id VARCHAR(36),
    attributes JSONB,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (id),
    FOREIGN KEY (actor_id) REFERENCES codemie.users (id) ON DELETE SET NULL
);
CREATE INDEX ix_activity_events_entity_type_entity_id ON codemie.activity_events (entity_type, entity_id) WHERE entity_id IS NOT NULL;
CREATE INDEX ix_activity_events_actor_id_created_at ON codemie.activity_events (actor_id, created_at) WHERE actor_id IS NOT NULL;
CREATE INDEX ix_activity_events_domain_created_at ON codemie.activity_events (domain, created_at);

-- ---------------------------------------------------------------------------
-- user_enrichment (2.23.0+), HR attributes keyed by e-mail, filled by an
-- external sync service
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.user_enrichment (
    email VARCHAR(255) NOT NULL,
    user_id VARCHAR(36),
    first_name VARCHAR(255),
    last_name VARCHAR(255),
    job_title VARCHAR(255),
    job_function VARCHAR(255),
    level VARCHAR(255),
    primary_skill VARCHAR(255),
    job_title_group VARCHAR(255),
    country VARCHAR(255),
    city VARCHAR(255),
    synced_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (email),
    FOREIGN KEY (email) REFERENCES codemie.users (email) ON DELETE CASCADE,
    FOREIGN KEY (user_id) REFERENCES codemie.users (id)
);

-- ---------------------------------------------------------------------------
-- alembic_version
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO codemie.alembic_version (version_num) VALUES ('i1n2t3e4r5a6');
