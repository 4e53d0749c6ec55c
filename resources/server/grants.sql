-- What each application role may do on an office server (issue 10), applied by the database's
-- owner after every migration (GRANT and CREATE POLICY are made idempotent here), so that a new
-- table is never left without its grants. The services check the same rules first (AccessPolicy);
-- these make the server refuse a desk that talks to it with its own SQL client.
--
-- Four group roles, NOLOGIN; every user's login role is a member of exactly one.
--   creditdesk_officer     the office's casework
--   creditdesk_reviewer    casework decisions (drafting and pushing cases too)
--   creditdesk_supervisor  reads, and issues the notifications (通报)
--   creditdesk_admin       users, reference data, subjects; never the confidential reports

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO creditdesk_officer, creditdesk_reviewer, creditdesk_supervisor, creditdesk_admin;

-- Everyone reads the office's records; the two tables of the confidential reports are below.
GRANT SELECT ON ALL TABLES IN SCHEMA public
    TO creditdesk_officer, creditdesk_reviewer, creditdesk_supervisor, creditdesk_admin;
REVOKE ALL ON tips, tip_reporters
    FROM creditdesk_officer, creditdesk_reviewer, creditdesk_supervisor, creditdesk_admin;

-- The audit log: appended to by every role, changed by none (its triggers refuse even the owner).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log
    FROM creditdesk_officer, creditdesk_reviewer, creditdesk_supervisor, creditdesk_admin;
GRANT INSERT ON audit_log TO creditdesk_officer, creditdesk_reviewer, creditdesk_supervisor, creditdesk_admin;

-- Casework.
GRANT INSERT, UPDATE ON subjects, subject_names, subject_links, credit_records, cases, case_subjects,
    case_measures, measure_tasks, list_entries, objections, objection_notices, repair_applications,
    repair_materials, commitments, task_packages, package_tasks, licences, document_counters
    TO creditdesk_officer, creditdesk_reviewer;

-- Notifications: numbered and issued by supervisors and administrators.
GRANT INSERT, UPDATE ON notices, document_counters TO creditdesk_supervisor, creditdesk_admin;

-- Users, reference data and settings: administrators only; subjects too (registering and renaming).
GRANT INSERT, UPDATE ON users, departments, rule_sets, rule_periods, calendar_years, calendar_days,
    memoranda, measures, measure_departments, settings, meta, subjects, subject_names, subject_links
    TO creditdesk_admin;
GRANT DELETE ON calendar_years, calendar_days, measure_departments TO creditdesk_admin;

-- Confidential reports (§ on tips): what was reported is read by officers, reviewers and
-- supervisors; who reported it only by reviewers. Row-level security says so on the rows themselves,
-- forced on the owner too, so that no role outside the policy reads a report by any query.
GRANT SELECT, INSERT, UPDATE ON tips TO creditdesk_officer;
GRANT SELECT, UPDATE ON tips TO creditdesk_reviewer;
GRANT SELECT ON tips TO creditdesk_supervisor;
GRANT INSERT ON tip_reporters TO creditdesk_officer;
GRANT SELECT ON tip_reporters TO creditdesk_reviewer;
ALTER TABLE tips ENABLE ROW LEVEL SECURITY;
ALTER TABLE tips FORCE ROW LEVEL SECURITY;
ALTER TABLE tip_reporters ENABLE ROW LEVEL SECURITY;
ALTER TABLE tip_reporters FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS tips_read ON tips;
DROP POLICY IF EXISTS tips_write ON tips;
DROP POLICY IF EXISTS tips_change ON tips;
DROP POLICY IF EXISTS tip_reporters_read ON tip_reporters;
DROP POLICY IF EXISTS tip_reporters_write ON tip_reporters;
CREATE POLICY tips_read ON tips FOR SELECT
    USING (pg_has_role(current_user, 'creditdesk_officer', 'MEMBER')
        OR pg_has_role(current_user, 'creditdesk_reviewer', 'MEMBER')
        OR pg_has_role(current_user, 'creditdesk_supervisor', 'MEMBER'));
CREATE POLICY tips_write ON tips FOR INSERT
    WITH CHECK (pg_has_role(current_user, 'creditdesk_officer', 'MEMBER'));
CREATE POLICY tips_change ON tips FOR UPDATE
    USING (pg_has_role(current_user, 'creditdesk_officer', 'MEMBER')
        OR pg_has_role(current_user, 'creditdesk_reviewer', 'MEMBER'));
CREATE POLICY tip_reporters_read ON tip_reporters FOR SELECT
    USING (pg_has_role(current_user, 'creditdesk_reviewer', 'MEMBER'));
CREATE POLICY tip_reporters_write ON tip_reporters FOR INSERT
    WITH CHECK (pg_has_role(current_user, 'creditdesk_officer', 'MEMBER'));
