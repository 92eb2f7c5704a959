-- CodeMie platform database schema fixture
-- Release 2.18.0, Alembic head a7c9e1d2f4b6
-- Recreates the tables the Admin Console reads and writes, in the shape the
-- platform's Alembic migrations leave them. Schema only, no data rows except
-- the alembic_version head.
-- Pre-2.19 shape: users.is_super_admin (old admin column name), no
-- cost_centers, no applications.cost_center_id.
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
-- users (admin flag still named is_super_admin)
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
    is_super_admin BOOLEAN NOT NULL DEFAULT false,
    auth_source VARCHAR(50) NOT NULL DEFAULT 'local',
    email_verified BOOLEAN NOT NULL DEFAULT false,
    last_login_at TIMESTAMP WITHOUT TIME ZONE,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    project_limit INTEGER DEFAULT 3,
    PRIMARY KEY (id),
    UNIQUE (username),
    UNIQUE (email),
    CONSTRAINT ck_users_project_limit CHECK (project_limit IS NULL OR project_limit >= 0)
);
CREATE INDEX ix_users_id ON codemie.users (id);
CREATE INDEX ix_users_username ON codemie.users (username);
CREATE INDEX ix_users_email ON codemie.users (email);
CREATE INDEX ix_users_is_active ON codemie.users (is_active);
CREATE INDEX ix_users_is_super_admin ON codemie.users (is_super_admin);
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
    PRIMARY KEY (id),
    CONSTRAINT ck_applications_project_type CHECK (project_type IN ('personal', 'shared'))
);
CREATE INDEX ix_applications_name ON codemie.applications USING gin (name gin_trgm_ops);
CREATE INDEX ix_applications_deleted_at ON codemie.applications (deleted_at);

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
-- project_cost_tracking (2.16.0), spend_date timestamptz and budget_period_spend since 2.18.0
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.project_cost_tracking (
    id UUID NOT NULL DEFAULT gen_random_uuid(),
    project_name VARCHAR NOT NULL,
    key_hash VARCHAR,
    spend_date TIMESTAMP WITH TIME ZONE NOT NULL,
    daily_spend NUMERIC(18, 9) NOT NULL,
    cumulative_spend NUMERIC(18, 9) NOT NULL,
    budget_period_spend NUMERIC(18, 9) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    PRIMARY KEY (id)
);
CREATE INDEX ix_project_cost_tracking_project_name ON codemie.project_cost_tracking (project_name);
CREATE INDEX ix_project_cost_tracking_key_hash ON codemie.project_cost_tracking (key_hash);
CREATE INDEX ix_project_cost_tracking_spend_date ON codemie.project_cost_tracking (spend_date);

-- ---------------------------------------------------------------------------
-- alembic_version
-- ---------------------------------------------------------------------------
CREATE TABLE codemie.alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO codemie.alembic_version (version_num) VALUES ('a7c9e1d2f4b6');
