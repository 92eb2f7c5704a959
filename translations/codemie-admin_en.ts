<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityRepository</name>
    <message numerus="yes">
        <location filename="../src/platform/ActivityRepository.cpp" line="+409"/>
        <source>%n event(s) were written before it stopped.</source>
        <translation>
            <numerusform>%n event was written before it stopped.</numerusform>
            <numerusform>%n events were written before it stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../src/cli/CommandLine.cpp" line="+179"/>
        <source>Self-test failed: %n part(s) missing.</source>
        <translation>
            <numerusform>Self-test failed: %n part missing.</numerusform>
            <numerusform>Self-test failed: %n parts missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+508"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n retry(s)</source>
        <translation>
            <numerusform>%n retry</numerusform>
            <numerusform>%n retries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>%n user(s) with a conflict in the plan were left as they are (listed above and in the JSON plan).</source>
        <translation>
            <numerusform>%n user with a conflict in the plan was left as it is (listed above and in the JSON plan).</numerusform>
            <numerusform>%n users with a conflict in the plan were left as they are (listed above and in the JSON plan).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostCenterRules</name>
    <message numerus="yes">
        <location filename="../src/core/CostCenterRules.cpp" line="+61"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Referenced by %n project(s): %1</source>
        <translation>
            <numerusform>Referenced by %n project: %1</numerusform>
            <numerusform>Referenced by %n projects: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberBulkOperation</name>
    <message numerus="yes">
        <location filename="../src/platform/MemberBulkOperation.cpp" line="+111"/>
        <location line="+85"/>
        <source>The membership of %n user(s) in %1 was changed by someone else since you opened it.</source>
        <translation>
            <numerusform>The membership of %n user in %1 was changed by someone else since you opened it.</numerusform>
            <numerusform>The membership of %n users in %1 was changed by someone else since you opened it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>%n user(s) are deactivated and cannot be assigned to projects.</source>
        <translation>
            <numerusform>%n user is deactivated and cannot be assigned to projects.</numerusform>
            <numerusform>%n users are deactivated and cannot be assigned to projects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberCsvImport</name>
    <message numerus="yes">
        <location filename="../src/platform/MemberCsvImport.cpp" line="+138"/>
        <source>… and %n more row(s) with errors</source>
        <translation>
            <numerusform>… and %n more row with errors</numerusform>
            <numerusform>… and %n more rows with errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RealmExportReader</name>
    <message numerus="yes">
        <location filename="../src/keycloak/RealmExportReader.cpp" line="+283"/>
        <source>%n user(s) appear more than once in the export (the same id); only the first of each was read: %1</source>
        <translation>
            <numerusform>%n user appears more than once in the export (the same id); only the first was read: %1</numerusform>
            <numerusform>%n users appear more than once in the export (the same id); only the first of each was read: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserBulkOperation</name>
    <message numerus="yes">
        <location filename="../src/platform/UserBulkOperation.cpp" line="+38"/>
        <source>Assign %n user(s) to %1 as %2</source>
        <translation>
            <numerusform>Assign %n user to %1 as %2</numerusform>
            <numerusform>Assign %n users to %1 as %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unassign %n user(s) from %1</source>
        <translation>
            <numerusform>Unassign %n user from %1</numerusform>
            <numerusform>Unassign %n users from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Change the role of %n user(s) in %1 to %2</source>
        <translation>
            <numerusform>Change the role of %n user in %1 to %2</numerusform>
            <numerusform>Change the role of %n users in %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deactivate %n user(s)</source>
        <translation>
            <numerusform>Deactivate %n user</numerusform>
            <numerusform>Deactivate %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::ActivityPage</name>
    <message numerus="yes">
        <location filename="../ui/activity/ActivityPage.cpp" line="+272"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+256"/>
        <source>%n event(s) match</source>
        <translation>
            <numerusform>%n event matches</numerusform>
            <numerusform>%n events match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+136"/>
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n event exported to %1.</numerusform>
            <numerusform>%n events exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::BudgetsPage</name>
    <message numerus="yes">
        <location filename="../ui/budgets/BudgetsPage.cpp" line="+226"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+95"/>
        <source>%n budget(s) shown</source>
        <translation>
            <numerusform>%n budget shown</numerusform>
            <numerusform>%n budgets shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::BulkActionDialog</name>
    <message numerus="yes">
        <location filename="../ui/users/BulkActionDialog.cpp" line="+103"/>
        <source>Assign %n selected user(s) to a project</source>
        <translation>
            <numerusform>Assign %n selected user to a project</numerusform>
            <numerusform>Assign %n selected users to a project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unassign %n selected user(s) from a project</source>
        <translation>
            <numerusform>Unassign %n selected user from a project</numerusform>
            <numerusform>Unassign %n selected users from a project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Change the project role of %n selected user(s)</source>
        <translation>
            <numerusform>Change the project role of %n selected user</numerusform>
            <numerusform>Change the project role of %n selected users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deactivate %n selected user(s)</source>
        <translation>
            <numerusform>Deactivate %n selected user</numerusform>
            <numerusform>Deactivate %n selected users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::CostCenterProjectsDialog</name>
    <message numerus="yes">
        <location filename="../ui/costcenters/CostCenterProjectsDialog.cpp" line="+61"/>
        <source>Assign %n project(s)</source>
        <translation>
            <numerusform>Assign %n project</numerusform>
            <numerusform>Assign %n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::CostCentersPage</name>
    <message numerus="yes">
        <location filename="../ui/costcenters/CostCentersPage.cpp" line="+235"/>
        <source>%n cost center(s)</source>
        <translation>
            <numerusform>%n cost center</numerusform>
            <numerusform>%n cost centers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+170"/>
        <source>%n project(s) assigned to %1.</source>
        <translation>
            <numerusform>%n project assigned to %1.</numerusform>
            <numerusform>%n projects assigned to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n project(s) removed from %1.</source>
        <translation>
            <numerusform>%n project removed from %1.</numerusform>
            <numerusform>%n projects removed from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::MemberImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/projects/MemberImportDialog.cpp" line="+273"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %n row(s) for project &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n row for project &lt;b&gt;%2&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n rows for project &lt;b&gt;%2&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n with errors.</source>
        <translation>
            <numerusform>%n with errors.</numerusform>
            <numerusform>%n with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>Users imported successfully! %n users added</source>
        <translation>
            <numerusform>Users imported successfully! %n user added</numerusform>
            <numerusform>Users imported successfully! %n users added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n role(s) changed</source>
        <translation>
            <numerusform>%n role changed</numerusform>
            <numerusform>%n roles changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already as in the file</source>
        <translation>
            <numerusform>%n already as in the file</numerusform>
            <numerusform>%n already as in the file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::ProfileManagerDialog</name>
    <message numerus="yes">
        <location filename="../ui/profiles/ProfileManagerDialog.cpp" line="+336"/>
        <source> — Keycloak: %n user(s), %1 layout</source>
        <translation>
            <numerusform> — Keycloak: %n user, %1 layout</numerusform>
            <numerusform> — Keycloak: %n users, %1 layout</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::ProjectBudgetsSection</name>
    <message numerus="yes">
        <location filename="../ui/projects/ProjectBudgetsSection.cpp" line="+266"/>
        <source>%n allocation(s)</source>
        <translation>
            <numerusform>%n allocation</numerusform>
            <numerusform>%n allocations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::ProjectDetailDialog</name>
    <message numerus="yes">
        <location filename="../ui/projects/ProjectDetailDialog.cpp" line="+259"/>
        <source>%n member(s) shown</source>
        <translation>
            <numerusform>%n member shown</numerusform>
            <numerusform>%n members shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+333"/>
        <source>%n user(s) added to project</source>
        <translation>
            <numerusform>%n user added to project</numerusform>
            <numerusform>%n users added to project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Change role for %n selected user(s) in project %1 to %2?</source>
        <translation>
            <numerusform>Change role for %n selected user in project %1 to %2?</numerusform>
            <numerusform>Change role for %n selected users in project %1 to %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Updated role for %n user(s) successfully</source>
        <translation>
            <numerusform>Updated role for %n user successfully</numerusform>
            <numerusform>Updated role for %n users successfully</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Are you sure you want to unassign %n user(s) from project %1?</source>
        <translation>
            <numerusform>Are you sure you want to unassign %n user from project %1?</numerusform>
            <numerusform>Are you sure you want to unassign %n users from project %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n user(s) removed from the project</source>
        <translation>
            <numerusform>%n user removed from the project</numerusform>
            <numerusform>%n users removed from the project</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::ProjectsPage</name>
    <message numerus="yes">
        <location filename="../ui/projects/ProjectsPage.cpp" line="+320"/>
        <source>%1 (%n project(s))</source>
        <translation>
            <numerusform>%1 (%n project)</numerusform>
            <numerusform>%1 (%n projects)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+179"/>
        <source>%n project(s) match</source>
        <translation>
            <numerusform>%n project matches</numerusform>
            <numerusform>%n projects match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::SpendChart</name>
    <message numerus="yes">
        <location filename="../ui/budgets/SpendChart.cpp" line="+105"/>
        <source>%n days from %1 to %2, %3 spent in total; the Table tab lists every day.</source>
        <translation>
            <numerusform>%n day from %1 to %2, %3 spent in total; the Table tab lists every day.</numerusform>
            <numerusform>%n days from %1 to %2, %3 spent in total; the Table tab lists every day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::SpendView</name>
    <message numerus="yes">
        <location filename="../ui/budgets/SpendView.cpp" line="+85"/>
        <source>Last %n days</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+325"/>
        <source>%1, %2: %3 from %4 to %5 (UTC days). Previous %n days: %6</source>
        <translation>
            <numerusform>%1, %2: %3 from %4 to %5 (UTC days). Previous %n day: %6</numerusform>
            <numerusform>%1, %2: %3 from %4 to %5 (UTC days). Previous %n days: %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>. Limits: the sum of %n assigned budget(s).</source>
        <translation>
            <numerusform>. Limits: the sum of %n assigned budget.</numerusform>
            <numerusform>. Limits: the sum of %n assigned budgets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::UserTableModel</name>
    <message numerus="yes">
        <location filename="../ui/users/UserTableModel.cpp" line="+547"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::UsersPage</name>
    <message numerus="yes">
        <location filename="../ui/users/UsersPage.cpp" line="+696"/>
        <source>%n user(s) match</source>
        <translation>
            <numerusform>%n user matches</numerusform>
            <numerusform>%n users match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>bulk actions apply to all %n</source>
        <translation>
            <numerusform>bulk actions apply to all %n</numerusform>
            <numerusform>bulk actions apply to all %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Select all matching (%n)</source>
        <translation>
            <numerusform>Select all matching (%n)</numerusform>
            <numerusform>Select all matching (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+141"/>
        <source>The selection of %n user(s) was cleared by the reload: at most %1 stay selected. Select them again, or use &quot;Select all matching&quot;.</source>
        <translation>
            <numerusform>The selection of %n user was cleared by the reload: at most %1 stay selected. Select it again, or use &quot;Select all matching&quot;.</numerusform>
            <numerusform>The selection of %n users was cleared by the reload: at most %1 stay selected. Select them again, or use &quot;Select all matching&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>%n user(s) changed</source>
        <translation>
            <numerusform>%n user changed</numerusform>
            <numerusform>%n users changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already as asked</source>
        <translation>
            <numerusform>%n already as asked</numerusform>
            <numerusform>%n already as asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
</TS>
