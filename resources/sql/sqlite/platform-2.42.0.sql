-- CodeMie platform database schema fixture, SQLite form
-- Release 2.42.0 (also 2.41.0), Alembic head i1n2t3e4r5a6
-- Same tables, keys, unique constraints, CHECK constraints, foreign keys and
-- indexes as resources/sql/postgres/platform-2.42.0.sql, mapped to SQLite:
--   no schema prefix (top-level tables)
--   BOOLEAN -> INTEGER 0/1 with CHECK (x IN (0, 1))
--   TIMESTAMP and TIMESTAMPTZ -> TEXT holding ISO-8601 UTC (YYYY-MM-DDTHH:MM:SSZ)
--   DOUBLE PRECISION and NUMERIC -> REAL, JSONB -> TEXT, UUID -> TEXT
--   enum configvaluetype -> TEXT with CHECK on the four enum labels
--   gen_random_uuid() defaults omitted (the application supplies ids)
--   trigram GIN index ix_applications_name -> plain index
-- Foreign keys are only enforced on connections that run PRAGMA foreign_keys = ON.
-- Format rules: one statement per semicolon, every semicolon at the end of a
-- line, comments only as whole lines.

-- ---------------------------------------------------------------------------
-- users
-- ---------------------------------------------------------------------------
CREATE TABLE users (
    id VARCHAR(36) NOT NULL,
    date TEXT,
    update_date TEXT,
    username VARCHAR(255) NOT NULL,
    email VARCHAR(255) NOT NULL,
    name VARCHAR(255),
    password_hash VARCHAR(255),
    picture VARCHAR(1024),
    user_type VARCHAR(50) NOT NULL DEFAULT 'regular',
    is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
    auth_source VARCHAR(50) NOT NULL DEFAULT 'local',
    email_verified INTEGER NOT NULL DEFAULT 0 CHECK (email_verified IN (0, 1)),
    last_login_at TEXT,
    deleted_at TEXT,
    project_limit INTEGER DEFAULT 3,
    is_maintainer INTEGER NOT NULL DEFAULT 0 CHECK (is_maintainer IN (0, 1)),
    PRIMARY KEY (id),
    UNIQUE (username),
    UNIQUE (email),
    CONSTRAINT ck_users_project_limit CHECK (project_limit IS NULL OR project_limit >= 0)
);
CREATE INDEX ix_users_id ON users (id);
CREATE INDEX ix_users_username ON users (username);
CREATE INDEX ix_users_email ON users (email);
CREATE INDEX ix_users_is_active ON users (is_active);
-- The index kept its pre-2.19 name after the column rename
CREATE INDEX ix_users_is_super_admin ON users (is_admin);
CREATE INDEX ix_users_deleted_at ON users (deleted_at);
CREATE INDEX ix_users_active_deleted ON users (is_active, deleted_at);
CREATE INDEX ix_users_email_deleted ON users (email, deleted_at);

-- ---------------------------------------------------------------------------
-- user_projects (project membership, project_name has no foreign key)
-- ---------------------------------------------------------------------------
CREATE TABLE user_projects (
    id VARCHAR(36) NOT NULL,
    date TEXT,
    update_date TEXT,
    user_id VARCHAR(36) NOT NULL,
    project_name VARCHAR(255) NOT NULL,
    is_project_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_project_admin IN (0, 1)),
    PRIMARY KEY (id),
    CONSTRAINT ix_user_project_unique UNIQUE (user_id, project_name),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_user_projects_user_id ON user_projects (user_id);
CREATE INDEX ix_user_projects_project_name ON user_projects (project_name);

-- ---------------------------------------------------------------------------
-- user_knowledge_bases
-- ---------------------------------------------------------------------------
CREATE TABLE user_knowledge_bases (
    id VARCHAR(36) NOT NULL,
    date TEXT,
    update_date TEXT,
    user_id VARCHAR(36) NOT NULL,
    kb_name VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ix_user_kb_unique UNIQUE (user_id, kb_name),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_user_knowledge_bases_user_id ON user_knowledge_bases (user_id);
CREATE INDEX ix_user_knowledge_bases_kb_name ON user_knowledge_bases (kb_name);

-- ---------------------------------------------------------------------------
-- email_verification_tokens (local auth only)
-- ---------------------------------------------------------------------------
CREATE TABLE email_verification_tokens (
    id VARCHAR(36) NOT NULL,
    date TEXT,
    update_date TEXT,
    user_id VARCHAR(36) NOT NULL,
    token_hash VARCHAR(255) NOT NULL,
    email VARCHAR(255) NOT NULL,
    token_type VARCHAR(50) NOT NULL DEFAULT 'email_verification',
    expires_at TEXT NOT NULL,
    used_at TEXT,
    PRIMARY KEY (id),
    UNIQUE (token_hash),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------------------
-- cost_centers (2.19.0)
-- ---------------------------------------------------------------------------
CREATE TABLE cost_centers (
    id TEXT NOT NULL,
    name VARCHAR(255) NOT NULL,
    description VARCHAR(500),
    created_by VARCHAR(255) NOT NULL,
    date TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    update_date TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    deleted_at TEXT,
    PRIMARY KEY (id)
);
CREATE INDEX ix_cost_centers_deleted_at ON cost_centers (deleted_at);
CREATE UNIQUE INDEX ux_cost_centers_name_lower ON cost_centers (LOWER(name));

-- ---------------------------------------------------------------------------
-- applications (projects, id is always equal to name)
-- ---------------------------------------------------------------------------
CREATE TABLE applications (
    id VARCHAR NOT NULL,
    date TEXT,
    update_date TEXT,
    name VARCHAR NOT NULL,
    git_repos TEXT,
    project_type VARCHAR(50) NOT NULL DEFAULT 'shared',
    created_by VARCHAR(255),
    description VARCHAR(500),
    deleted_at TEXT,
    cost_center_id TEXT,
    display_name VARCHAR(150),
    PRIMARY KEY (id),
    CONSTRAINT ck_applications_project_type CHECK (project_type IN ('personal', 'shared')),
    CONSTRAINT fk_applications_cost_center_id FOREIGN KEY (cost_center_id) REFERENCES cost_centers (id)
);
-- PostgreSQL uses a trigram GIN index here, SQLite gets a plain index
CREATE INDEX ix_applications_name ON applications (name);
CREATE INDEX ix_applications_deleted_at ON applications (deleted_at);
CREATE INDEX ix_applications_cost_center_id ON applications (cost_center_id);

-- ---------------------------------------------------------------------------
-- dynamic_config (runtime configuration, platform-owned)
-- ---------------------------------------------------------------------------
CREATE TABLE dynamic_config (
    id VARCHAR NOT NULL,
    date TEXT,
    update_date TEXT,
    key VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    value_type TEXT NOT NULL CHECK (value_type IN ('STRING', 'INT', 'FLOAT', 'BOOL')),
    description VARCHAR(500),
    updated_by VARCHAR NOT NULL,
    PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ix_dynamic_config_key ON dynamic_config (key);

-- ---------------------------------------------------------------------------
-- budgets (2.23.0, extended in 2.25.0)
-- ---------------------------------------------------------------------------
CREATE TABLE budgets (
    budget_id VARCHAR(255) NOT NULL,
    name VARCHAR(128) NOT NULL,
    description VARCHAR(500),
    soft_budget REAL NOT NULL,
    max_budget REAL NOT NULL,
    budget_duration VARCHAR(16) NOT NULL,
    budget_category VARCHAR(32) NOT NULL,
    budget_reset_at VARCHAR(64),
    created_by VARCHAR(255) NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT,
    budget_type VARCHAR(16) NOT NULL DEFAULT 'global',
    provider_metadata TEXT,
    budget_origin_type VARCHAR(32) NOT NULL DEFAULT 'main',
    parent_budget_id VARCHAR(255),
    owner_user_id VARCHAR(36),
    project_name VARCHAR(100),
    detached_at TEXT,
    deleted_at TEXT,
    PRIMARY KEY (budget_id),
    CONSTRAINT fk_budgets_parent_budget_id FOREIGN KEY (parent_budget_id) REFERENCES budgets (budget_id),
    CONSTRAINT fk_budgets_owner_user_id FOREIGN KEY (owner_user_id) REFERENCES users (id),
    CONSTRAINT fk_budgets_project_name FOREIGN KEY (project_name) REFERENCES applications (id)
);
CREATE UNIQUE INDEX uix_budgets_name_active ON budgets (name) WHERE deleted_at IS NULL;
CREATE INDEX ix_budgets_budget_category ON budgets (budget_category);
CREATE INDEX ix_budgets_created_by ON budgets (created_by);
CREATE INDEX ix_budgets_budget_type ON budgets (budget_type);
CREATE INDEX ix_budgets_type_category ON budgets (budget_type, budget_category);
CREATE INDEX ix_budgets_parent_budget_id ON budgets (parent_budget_id);
CREATE INDEX ix_budgets_origin_type ON budgets (budget_origin_type);
CREATE INDEX ix_budgets_project_origin ON budgets (project_name, budget_category, budget_origin_type);

-- ---------------------------------------------------------------------------
-- user_budget_assignments (2.23.0): one budget per user and category
-- ---------------------------------------------------------------------------
CREATE TABLE user_budget_assignments (
    user_id VARCHAR(36) NOT NULL,
    category VARCHAR(32) NOT NULL,
    budget_id VARCHAR(255) NOT NULL,
    assigned_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    assigned_by VARCHAR(255),
    PRIMARY KEY (user_id, category),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    FOREIGN KEY (budget_id) REFERENCES budgets (budget_id) ON DELETE CASCADE
);
CREATE INDEX ix_uba_budget_id ON user_budget_assignments (budget_id);
CREATE INDEX ix_uba_user_id ON user_budget_assignments (user_id);
CREATE INDEX idx_uba_user_category ON user_budget_assignments (user_id, category);

-- ---------------------------------------------------------------------------
-- project_budget_groups (2.36.0)
-- ---------------------------------------------------------------------------
CREATE TABLE project_budget_groups (
    id VARCHAR(36) NOT NULL,
    project_name VARCHAR(100) NOT NULL,
    name VARCHAR(100) NOT NULL DEFAULT '',
    budget_duration VARCHAR(16) NOT NULL,
    description VARCHAR(500),
    created_by VARCHAR(255) NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT,
    deleted_at TEXT,
    PRIMARY KEY (id),
    FOREIGN KEY (project_name) REFERENCES applications (id)
);
CREATE UNIQUE INDEX uix_pbg_project_active ON project_budget_groups (project_name) WHERE deleted_at IS NULL;
CREATE INDEX ix_pbg_project_name ON project_budget_groups (project_name);

-- ---------------------------------------------------------------------------
-- project_budget_assignments (2.25.0, group_id 2.36.0)
-- ---------------------------------------------------------------------------
CREATE TABLE project_budget_assignments (
    id VARCHAR(36) NOT NULL,
    project_name VARCHAR(100) NOT NULL,
    budget_category VARCHAR(32) NOT NULL,
    budget_id VARCHAR(255) NOT NULL,
    allocation_mode VARCHAR(16) NOT NULL DEFAULT 'equal',
    assigned_by VARCHAR(255) NOT NULL,
    assigned_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    deleted_at TEXT,
    group_id VARCHAR(36),
    PRIMARY KEY (id),
    FOREIGN KEY (project_name) REFERENCES applications (id) ON DELETE CASCADE,
    FOREIGN KEY (budget_id) REFERENCES budgets (budget_id) ON DELETE CASCADE,
    CONSTRAINT fk_pba_group_id FOREIGN KEY (group_id) REFERENCES project_budget_groups (id)
);
CREATE UNIQUE INDEX uix_pba_project_category_active ON project_budget_assignments (project_name, budget_category) WHERE deleted_at IS NULL;
CREATE INDEX ix_pba_budget_id ON project_budget_assignments (budget_id);
CREATE INDEX ix_pba_project_name ON project_budget_assignments (project_name);
CREATE INDEX ix_pba_project_category ON project_budget_assignments (project_name, budget_category);
CREATE INDEX idx_pba_active_project_category ON project_budget_assignments (project_name, budget_category) WHERE deleted_at IS NULL;
CREATE INDEX ix_pba_group_id ON project_budget_assignments (group_id);

-- ---------------------------------------------------------------------------
-- project_member_budget_assignments (2.25.0), pmba_ prefixed columns exist
-- only in the database
-- ---------------------------------------------------------------------------
CREATE TABLE project_member_budget_assignments (
    id VARCHAR(36) NOT NULL,
    project_name VARCHAR(100) NOT NULL,
    budget_category VARCHAR(32) NOT NULL,
    project_budget_id VARCHAR(255) NOT NULL,
    user_id VARCHAR(36) NOT NULL,
    allocation_mode VARCHAR(16) NOT NULL DEFAULT 'equal',
    allocation_weight REAL,
    allocated_soft_budget REAL NOT NULL,
    allocated_max_budget REAL NOT NULL,
    pmba_provider_metadata TEXT,
    spend REAL,
    budget_reset_at VARCHAR(64),
    pmba_last_synced_at TEXT,
    sync_status VARCHAR(32),
    override_reason VARCHAR(500),
    assigned_by VARCHAR(255),
    assigned_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    pmba_deleted_at TEXT,
    shared_budget_id VARCHAR(255),
    override_budget_id VARCHAR(255),
    effective_budget_id VARCHAR(255),
    PRIMARY KEY (id),
    FOREIGN KEY (project_name) REFERENCES applications (id) ON DELETE CASCADE,
    FOREIGN KEY (project_budget_id) REFERENCES budgets (budget_id) ON DELETE CASCADE,
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_pmba_shared_budget_id FOREIGN KEY (shared_budget_id) REFERENCES budgets (budget_id),
    CONSTRAINT fk_pmba_override_budget_id FOREIGN KEY (override_budget_id) REFERENCES budgets (budget_id),
    CONSTRAINT fk_pmba_effective_budget_id FOREIGN KEY (effective_budget_id) REFERENCES budgets (budget_id)
);
CREATE UNIQUE INDEX uix_pmba_project_category_user_active ON project_member_budget_assignments (project_name, budget_category, user_id) WHERE pmba_deleted_at IS NULL;
CREATE INDEX ix_pmba_project_budget_id ON project_member_budget_assignments (project_budget_id);
CREATE INDEX ix_pmba_user_id ON project_member_budget_assignments (user_id);
CREATE INDEX ix_pmba_project_category ON project_member_budget_assignments (project_name, budget_category);
CREATE INDEX idx_pmba_active_project_category_user ON project_member_budget_assignments (project_name, budget_category, user_id) WHERE pmba_deleted_at IS NULL;
CREATE INDEX ix_pmba_effective_budget_id ON project_member_budget_assignments (effective_budget_id);

-- ---------------------------------------------------------------------------
-- project_spend_tracking (2.16.0 as project_cost_tracking, renamed 2.23.0)
-- The cost center foreign key kept its pre-rename name.
-- ---------------------------------------------------------------------------
CREATE TABLE project_spend_tracking (
    id TEXT NOT NULL,
    project_name VARCHAR NOT NULL,
    key_hash VARCHAR,
    spend_date TEXT NOT NULL,
    daily_spend REAL NOT NULL,
    cumulative_spend REAL NOT NULL,
    budget_period_spend REAL NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    cost_center_id TEXT,
    cost_center_name VARCHAR(255),
    budget_id VARCHAR,
    budget_category VARCHAR,
    spend_subject_type VARCHAR,
    user_id VARCHAR,
    provider_subject_id VARCHAR,
    PRIMARY KEY (id),
    CONSTRAINT fk_project_cost_tracking_cost_center_id FOREIGN KEY (cost_center_id) REFERENCES cost_centers (id),
    CONSTRAINT ck_project_spend_tracking_subject_type_values CHECK (spend_subject_type IN ('key', 'budget', 'project_budget', 'member_budget')),
    CONSTRAINT ck_project_spend_tracking_key_hash_shape CHECK ((spend_subject_type = 'key' AND key_hash IS NOT NULL) OR (spend_subject_type IN ('budget', 'project_budget', 'member_budget') AND key_hash IS NULL))
);
CREATE INDEX ix_project_spend_tracking_project_name ON project_spend_tracking (project_name);
CREATE INDEX ix_project_spend_tracking_key_hash ON project_spend_tracking (key_hash);
CREATE INDEX ix_project_spend_tracking_spend_date ON project_spend_tracking (spend_date);
CREATE INDEX ix_project_spend_tracking_budget_category ON project_spend_tracking (budget_category);
CREATE UNIQUE INDEX uix_project_spend_tracking_key_rows ON project_spend_tracking (project_name, key_hash, spend_date) WHERE spend_subject_type = 'key';
CREATE UNIQUE INDEX uix_project_spend_tracking_budget_rows ON project_spend_tracking (project_name, budget_id, budget_category, spend_date) WHERE spend_subject_type = 'budget';
CREATE UNIQUE INDEX uix_project_spend_tracking_project_budget_rows ON project_spend_tracking (project_name, budget_id, spend_date) WHERE spend_subject_type = 'project_budget';
CREATE UNIQUE INDEX uix_project_spend_tracking_member_budget_rows ON project_spend_tracking (project_name, budget_id, user_id, spend_date) WHERE spend_subject_type = 'member_budget';

-- ---------------------------------------------------------------------------
-- activity_events (audit log, 2.40.0), append-only
-- ---------------------------------------------------------------------------
CREATE TABLE activity_events (
    id VARCHAR(36) NOT NULL,
    domain VARCHAR(64) NOT NULL,
    event_type VARCHAR(128) NOT NULL,
    entity_type VARCHAR(64),
    entity_id TEXT,
    actor_id VARCHAR(36),
    attributes TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (id),
    FOREIGN KEY (actor_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX ix_activity_events_entity_type_entity_id ON activity_events (entity_type, entity_id) WHERE entity_id IS NOT NULL;
CREATE INDEX ix_activity_events_actor_id_created_at ON activity_events (actor_id, created_at) WHERE actor_id IS NOT NULL;
CREATE INDEX ix_activity_events_domain_created_at ON activity_events (domain, created_at);

-- ---------------------------------------------------------------------------
-- user_enrichment (2.23.0+), HR attributes keyed by e-mail, filled by an
-- external sync service
-- ---------------------------------------------------------------------------
CREATE TABLE user_enrichment (
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
    synced_at TEXT,
    PRIMARY KEY (email),
    FOREIGN KEY (email) REFERENCES users (email) ON DELETE CASCADE,
    FOREIGN KEY (user_id) REFERENCES users (id)
);

-- ---------------------------------------------------------------------------
-- alembic_version
-- ---------------------------------------------------------------------------
CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version (version_num) VALUES ('i1n2t3e4r5a6');
