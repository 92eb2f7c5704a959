<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityRepository</name>
    <message>
        <location filename="../src/platform/ActivityRepository.cpp" line="+105"/>
        <source>Activity events arrive with platform 2.40; this database&apos;s schema has no activity_events table.</source>
        <translation>Aktivitätsereignisse gibt es ab Plattform 2.40; das Schema dieser Datenbank hat keine Tabelle activity_events.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access denied. This page is for maintainers only.</source>
        <translation>Zugriff verweigert. Diese Seite ist nur für Maintainer.</translation>
    </message>
    <message>
        <location line="+293"/>
        <source>The CSV file could not be written: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk space and the folder&apos;s permissions, then export again.</source>
        <translation>Prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) were written before it stopped.</source>
        <translation>
            <numerusform>%n Ereignis wurde vor dem Abbruch geschrieben.</numerusform>
            <numerusform>%n Ereignisse wurden vor dem Abbruch geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <location filename="../src/core/ActivityText.cpp" line="+44"/>
        <source>system</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>BudgetCell</name>
    <message>
        <location filename="../src/core/BudgetCell.cpp" line="+82"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premium models</source>
        <translation>Premium-Modelle</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Daily (1d)</source>
        <translation>Täglich (1d)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly (7d)</source>
        <translation>Wöchentlich (7d)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly (30d)</source>
        <translation>Monatlich (30d)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1: %2 spent of %3</source>
        <translation>%1: %2 von %3 ausgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 spent of %3 (%4 %)</source>
        <translation>%1: %2 von %3 ausgegeben (%4 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total %1 / %2</source>
        <translation>Gesamt %1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Budget is active and synced with the provider</source>
        <translation>Budget ist aktiv und mit dem Anbieter synchronisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No provider configured — budget limits are tracked locally only</source>
        <translation>Kein Anbieter konfiguriert – Budgetgrenzen werden nur lokal verfolgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync in progress — budget limits are being applied to the provider</source>
        <translation>Synchronisierung läuft – Budgetgrenzen werden beim Anbieter angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider sync failed — budget limits may not be enforced</source>
        <translation>Synchronisierung mit dem Anbieter fehlgeschlagen – Budgetgrenzen werden möglicherweise nicht durchgesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync status not reported</source>
        <translation>Kein Synchronisierungsstatus gemeldet</translation>
    </message>
</context>
<context>
    <name>BudgetViewRepository</name>
    <message>
        <location filename="../src/platform/BudgetViewRepository.cpp" line="+571"/>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a user&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse eines Benutzers ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a project name.</source>
        <translation>Geben Sie einen Projektnamen ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No user with the e-mail address or id “%1”.</source>
        <translation>Kein Benutzer mit der E-Mail-Adresse oder ID „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, or pick a user from Top spenders.</source>
        <translation>Prüfen Sie die Schreibweise oder wählen Sie einen Benutzer unter „Größte Ausgaben“.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No project named “%1”.</source>
        <translation>Kein Projekt namens „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, or pick a project from Top spenders.</source>
        <translation>Prüfen Sie die Schreibweise oder wählen Sie ein Projekt unter „Größte Ausgaben“.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="+157"/>
        <source>Unknown command &apos;%1&apos;. Run codemie-admin --help for the list of commands.</source>
        <translation>Unbekannter Befehl „%1“. Die Liste der Befehle zeigt codemie-admin --help.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+223"/>
        <location line="+112"/>
        <source>Database URI.</source>
        <translation>Datenbank-URI.</translation>
    </message>
    <message>
        <location line="-335"/>
        <location line="+223"/>
        <location line="+112"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="-334"/>
        <location line="+335"/>
        <source>Connection profile.</source>
        <translation>Verbindungsprofil.</translation>
    </message>
    <message>
        <location line="-334"/>
        <location line="+335"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>E-mail of the administrator you act as.</source>
        <translation>E-Mail des Administrators, als der Sie handeln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+342"/>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+45"/>
        <location line="+363"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="-400"/>
        <source>Self-test passed: everything the console needs is here.</source>
        <translation>Selbsttest bestanden: Alles, was die Konsole braucht, ist vorhanden.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Self-test failed: %n part(s) missing.</source>
        <translation>
            <numerusform>Selbsttest fehlgeschlagen: %n Teil fehlt.</numerusform>
            <numerusform>Selbsttest fehlgeschlagen: %n Teile fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>status needs either --db URI (for example postgresql://admin@db.example:5432/codemie) or --profile NAME</source>
        <translation>status braucht entweder --db URI (zum Beispiel postgresql://admin@db.example:5432/codemie) oder --profile NAME</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+51"/>
        <source>No profile named %1. Run codemie-admin profiles list.</source>
        <translation>Kein Profil namens %1. Siehe codemie-admin profiles list.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>No connection profiles yet. Create them in the window (File → Connection profiles).</source>
        <translation>Noch keine Verbindungsprofile. Legen Sie sie im Fenster an (Datei → Verbinden…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no actor)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown (no keychain: %1)</source>
        <translation>unbekannt (kein Schlüsselbund: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: codemie-admin profiles list | show NAME | test NAME [--json]</source>
        <translation>Aufruf: codemie-admin profiles list | show NAME | test NAME [--json]</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, schema %1</source>
        <translation>, Schema %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema revision:</source>
        <translation>Schema-Revision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform release:</source>
        <translation>Plattform-Release:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (from features)</source>
        <translation> (aus den Funktionen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features:</source>
        <translation>Funktionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 active, %2 deactivated</source>
        <translation>%1 aktiv, %2 deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects:</source>
        <translation>Projekte:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 shared)</source>
        <translation>%1 (%2 gemeinsam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acting as:</source>
        <translation>Handelnd als:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody (--actor EMAIL)</source>
        <translation>niemand (--actor EMAIL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform upgrade:</source>
        <translation>Plattform-Upgrade:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IN PROGRESS</source>
        <translation>LÄUFT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not in progress</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in import:</source>
        <translation>Integrierter Import:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform&apos;s own Keycloak migration has run on this database</source>
        <translation>die plattformeigene Keycloak-Migration ist auf dieser Datenbank gelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access:</source>
        <translation>Zugriff:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read-write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read-only: %1</source>
        <translation>schreibgeschützt: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create the platform schema of this release first.</source>
        <translation>Zuerst das Plattformschema dieses Releases anlegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RELEASE</source>
        <translation>RELEASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of users.</source>
        <translation>Anzahl der Benutzer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+112"/>
        <location line="+11"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Shared projects.</source>
        <translation>Gemeinsame Projekte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days of spend.</source>
        <translation>Tage mit Ausgaben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed.</source>
        <translation>Startwert des Zufallsgenerators.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>generate needs --db URI</source>
        <translation>generate braucht --db URI</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--users, --projects, --spend-days and --seed take whole numbers (users 1 to 5,000,000; spend days up to 3,650).</source>
        <translation>--users, --projects, --spend-days und --seed erwarten ganze Zahlen (Benutzer 1 bis 5.000.000; Ausgabentage bis 3.650).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No schema fixture for release %1; available: %2</source>
        <translation>Keine Schemavorlage für Release %1; verfügbar: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database already has users: generate only fills an empty platform schema.</source>
        <translation>Die Datenbank enthält bereits Benutzer: generate füllt nur ein leeres Plattformschema.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Generated %1 users (%2 admins, %3 deactivated), %4 shared and %5 personal projects, %6 memberships, %7 budgets, %8 spend rows in %9 s.</source>
        <translation>%1 Benutzer (%2 Admins, %3 deaktiviert), %4 gemeinsame und %5 persönliche Projekte, %6 Mitgliedschaften, %7 Budgets und %8 Ausgabenzeilen in %9 s erzeugt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Act as %1 (maintainer).</source>
        <translation>Als %1 (Maintainer) handeln.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Users planned and verified per database round.</source>
        <translation>Benutzer, die je Datenbankrunde geplant und geprüft werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>--window takes a number from 1 to 100,000.</source>
        <translation>--window nimmt eine Zahl von 1 bis 100.000.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Keycloak base URL.</source>
        <translation>Basis-URL von Keycloak.</translation>
    </message>
    <message>
        <location line="-440"/>
        <source>Usage: codemie-admin [--demo] [COMMAND [OPTIONS]]

Without a command the console opens its window (--demo: on the embedded demo
database, created on first use). With a command it runs headless.

Commands:
  status (--db URI | --profile NAME) [--actor EMAIL] [--json]
      Connect and report the server, schema revision, detected platform
      release, features, user and project counts, the acting administrator&apos;s
      role and whether a platform upgrade is in progress.
      Exit status: 0 connected and writable, 3 read-only (reason printed),
      1 failure, 2 usage error.
  profiles list | show NAME | test NAME [--json]
      The connection profiles the window uses. show never prints a secret;
      test connects with the secrets in the keychain (or PGPASSWORD).
  migrate (--keycloak-url URL --realm REALM --client-id ID | --from-export PATH)
          (--db URI | --profile NAME) [--policy merge|overwrite]
          [--include-disabled] [--admin-role ROLE] [--project-limit N]
          [--actor EMAIL] [--dry-run | --apply] [--verify] [--plan-out FILE]
          [--report FILE] [--ca-bundle PEM] [--batch-size N] [--connections N]
          [--window N]
      Move Keycloak users and their applications / applications_admin
      projects into the platform database: plan (the default, writes
      nothing), apply in batches, verify. Exit status: 0 success, 1 failure,
      2 usage error, 3 finished with conflicts or verification differences.
      On PostgreSQL, --connections batches (default 2) are applied at once.
      Users are kept in a temporary file and planned --window at a time
      (default 5000; at most 1000 on SQLite), so memory stays flat.
  self-test
      Check what this installation carries: the PostgreSQL and SQLite
      drivers, a TLS backend, the translations and a window platform.
      Prints what it found; exit status 1 names each missing part.
  generate --db URI [--init-schema RELEASE] [--users N] [--projects N]
           [--spend-days N] [--seed N]
      Fill an empty platform database with deterministic sample data (for
      demos and benchmarks; never point it at a real platform database).

URI: postgresql://USER@HOST:PORT/DATABASE?schema=codemie&amp;sslmode=verify-full
     or sqlite:/path/to/file.sqlite
With --profile the password comes from the operating system&apos;s keychain;
otherwise from the PGPASSWORD environment variable (the Keycloak client
secret from KEYCLOAK_ADMIN_CLIENT_SECRET), never from the command line.

Options:
  -h, --help     Show this help.
  -v, --version  Show the version, SQL drivers, TLS, keychain and translations.
</source>
        <translation>Aufruf: codemie-admin [--demo] [BEFEHL [OPTIONEN]]

Ohne Befehl öffnet die Konsole ihr Fenster (--demo: mit der eingebetteten
Demo-Datenbank, die beim ersten Start angelegt wird). Mit einem Befehl läuft
sie ohne Fenster.

Befehle:
  status (--db URI | --profile NAME) [--actor EMAIL] [--json]
      Verbindet sich und meldet Server, Schema-Revision, erkanntes
      Plattform-Release, Funktionen, Anzahl der Benutzer und Projekte, die
      Rolle des handelnden Administrators und ob gerade ein Plattform-Upgrade
      läuft.
      Exit-Status: 0 verbunden und beschreibbar, 3 schreibgeschützt (Grund
      wird ausgegeben), 1 Fehler, 2 Aufruffehler.
  profiles list | show NAME | test NAME [--json]
      Die Verbindungsprofile, die das Fenster verwendet. show gibt nie ein
      Geheimnis aus; test verbindet sich mit den Geheimnissen aus dem
      Schlüsselbund (oder PGPASSWORD).
  migrate (--keycloak-url URL --realm REALM --client-id ID | --from-export PATH)
          (--db URI | --profile NAME) [--policy merge|overwrite]
          [--include-disabled] [--admin-role ROLE] [--project-limit N]
          [--actor EMAIL] [--dry-run | --apply] [--verify] [--plan-out FILE]
          [--report FILE] [--ca-bundle PEM] [--batch-size N] [--connections N]
          [--window N]
      Überträgt Keycloak-Benutzer und ihre Projekte aus applications /
      applications_admin in die Plattformdatenbank: planen (Standard, schreibt
      nichts), in Stapeln anwenden, prüfen. Exit-Status: 0 Erfolg, 1 Fehler,
      2 Aufruffehler, 3 abgeschlossen mit Konflikten oder Prüfabweichungen.
      Auf PostgreSQL werden --connections Stapel (Vorgabe 2) gleichzeitig angewendet.
      Die Benutzer liegen in einer temporären Datei und werden zu je --window
      geplant (Vorgabe 5000; auf SQLite höchstens 1000), der Speicher bleibt flach.
  self-test
      Prüft, was diese Installation mitbringt: die Treiber für PostgreSQL und
      SQLite, ein TLS-Backend, die Übersetzungen und eine Fensterplattform.
      Gibt aus, was sie gefunden hat; Exit-Status 1 nennt jeden fehlenden Teil.
  generate --db URI [--init-schema RELEASE] [--users N] [--projects N]
           [--spend-days N] [--seed N]
      Füllt eine leere Plattformdatenbank mit reproduzierbaren Beispieldaten
      (für Demos und Benchmarks; nie auf eine echte Plattformdatenbank
      anwenden).

URI: postgresql://USER@HOST:PORT/DATABASE?schema=codemie&amp;sslmode=verify-full
     oder sqlite:/pfad/zur/datei.sqlite
Mit --profile kommt das Passwort aus dem Schlüsselbund des Betriebssystems,
sonst aus der Umgebungsvariablen PGPASSWORD (das Keycloak-Client-Secret aus
KEYCLOAK_ADMIN_CLIENT_SECRET), niemals von der Kommandozeile.

Optionen:
  -h, --help     Diese Hilfe anzeigen.
  -v, --version  Version, SQL-Treiber, TLS, Schlüsselbund und Übersetzungen anzeigen.
</translation>
    </message>
    <message>
        <location line="+441"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realm.</source>
        <translation>Realm.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REALM</source>
        <translation>REALM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id.</source>
        <translation>Client-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA bundle (PEM).</source>
        <translation>CA-Bundle (PEM).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realm export file.</source>
        <translation>Realm-Exportdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>merge or overwrite.</source>
        <translation>merge oder overwrite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import disabled users.</source>
        <translation>Deaktivierte Benutzer importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Realm role of admins.</source>
        <translation>Realm-Rolle der Admins.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project limit.</source>
        <translation>Projektlimit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acting administrator.</source>
        <translation>Handelnder Administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan only (default).</source>
        <translation>Nur planen (Standard).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the plan.</source>
        <translation>Den Plan anwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify afterwards.</source>
        <translation>Danach prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the plan as JSON.</source>
        <translation>Den Plan als JSON schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the report as JSON.</source>
        <translation>Den Bericht als JSON schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users per transaction.</source>
        <translation>Benutzer pro Transaktion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batches applied at once (PostgreSQL).</source>
        <translation>Gleichzeitig angewendete Stapel (PostgreSQL).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run codemie-admin --help for the migrate options.</source>
        <translation>Die Optionen von migrate zeigt codemie-admin --help.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give either --keycloak-url, --realm and --client-id, or --from-export PATH.</source>
        <translation>Geben Sie entweder --keycloak-url, --realm und --client-id oder --from-export PATH an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A live Keycloak source needs --keycloak-url, --realm and --client-id.</source>
        <translation>Eine Live-Keycloak-Quelle braucht --keycloak-url, --realm und --client-id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give either --db URI or --profile NAME.</source>
        <translation>Geben Sie entweder --db URI oder --profile NAME an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dry-run and --apply exclude each other.</source>
        <translation>--dry-run und --apply schließen einander aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--policy is merge or overwrite.</source>
        <translation>--policy ist merge oder overwrite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--batch-size takes a number from 1 to 10,000.</source>
        <translation>--batch-size erwartet eine Zahl von 1 bis 10.000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--connections takes a number from 1 to 16.</source>
        <translation>--connections erwartet eine Zahl von 1 bis 16.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No profile named %1.</source>
        <translation>Kein Profil namens %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--project-limit takes a whole number, 0 or more.</source>
        <translation>--project-limit erwartet eine ganze Zahl, 0 oder mehr.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No Keycloak client secret: set KEYCLOAK_ADMIN_CLIENT_SECRET or store it in the profile.</source>
        <translation>Kein Keycloak-Client-Secret: setzen Sie KEYCLOAK_ADMIN_CLIENT_SECRET oder speichern Sie es im Profil.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n retry(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing service-account role: %1 (needed to read users)</source>
        <translation>fehlende Service-Account-Rolle: %1 (nötig, um Benutzer zu lesen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning: missing service-account role: %1 (in the platform guide&apos;s list)</source>
        <translation>Warnung: fehlende Service-Account-Rolle: %1 (in der Liste der Plattform-Anleitung)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Planning</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The migration stopped before the plan was complete; run it again to finish the job.</source>
        <translation>Die Migration wurde beendet, bevor der Plan vollständig war; führen Sie sie erneut aus, um die Arbeit abzuschließen.</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n user(s) with a conflict in the plan were left as they are (listed above and in the JSON plan).</source>
        <translation>
            <numerusform>%n Benutzer mit einem Konflikt im Plan wurde unverändert gelassen (oben und im JSON-Plan aufgeführt).</numerusform>
            <numerusform>%n Benutzer mit einem Konflikt im Plan wurden unverändert gelassen (oben und im JSON-Plan aufgeführt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Reading Keycloak users</source>
        <translation>Keycloak-Benutzer werden gelesen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No platform user has the e-mail %1 (--actor).</source>
        <translation>Kein Plattformbenutzer hat die E-Mail %1 (--actor).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dry run: nothing was written. Run again with --apply to make these changes.</source>
        <translation>Probelauf: Es wurde nichts geschrieben. Führen Sie den Befehl mit --apply erneut aus, um diese Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The migration cannot write to this database: %1</source>
        <translation>Die Migration kann nicht in diese Datenbank schreiben: %1</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Applying</source>
        <translation>Wird angewendet</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <location filename="../src/platform/ConnectionSettings.cpp" line="+101"/>
        <source>The SQLite connection string has no file path.</source>
        <translation>Die SQLite-Verbindungszeichenfolge enthält keinen Dateipfad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write it as sqlite:/path/to/file.db</source>
        <translation>Schreiben Sie sie als sqlite:/pfad/zur/datei.db</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not a database connection string: %1</source>
        <translation>Keine Datenbank-Verbindungszeichenfolge: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use postgresql://user@host:port/database?schema=codemie or sqlite:/path/to/file.db</source>
        <translation>Verwenden Sie postgresql://user@host:port/database?schema=codemie oder sqlite:/pfad/zur/datei.db</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+39"/>
        <source>The connection string contains a password.</source>
        <translation>Die Verbindungszeichenfolge enthält ein Passwort.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Remove it and set the PGPASSWORD environment variable instead, so the password does not appear in command lines or history.</source>
        <translation>Entfernen Sie es und setzen Sie stattdessen die Umgebungsvariable PGPASSWORD, damit das Passwort nicht in Kommandozeilen oder im Verlauf erscheint.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown sslmode &apos;%1&apos;.</source>
        <translation>Unbekannter sslmode „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use disable, require, verify-ca or verify-full.</source>
        <translation>Verwenden Sie disable, require, verify-ca oder verify-full.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove it and set the PGPASSWORD environment variable instead.</source>
        <translation>Entfernen Sie es und setzen Sie stattdessen die Umgebungsvariable PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown connection parameter &apos;%1&apos;.</source>
        <translation>Unbekannter Verbindungsparameter „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known parameters: schema, sslmode, sslrootcert, connect_timeout.</source>
        <translation>Bekannte Parameter: schema, sslmode, sslrootcert, connect_timeout.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The schema name is empty.</source>
        <translation>Der Schemaname ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection string names no database user.</source>
        <translation>Die Verbindungszeichenfolge nennt keinen Datenbankbenutzer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write it as postgresql://USER@host:port/database</source>
        <translation>Schreiben Sie sie als postgresql://USER@host:port/database</translation>
    </message>
</context>
<context>
    <name>CostCenterRepository</name>
    <message>
        <location filename="../src/platform/CostCenterRepository.cpp" line="+35"/>
        <source>Cost centers arrive with platform 2.19; this database&apos;s schema has no cost_centers table.</source>
        <translation>Kostenstellen gibt es ab Plattform 2.19; das Schema dieser Datenbank hat keine Tabelle cost_centers.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+15"/>
        <source>Cost center not found</source>
        <translation>Kostenstelle nicht gefunden</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cost center %1 was changed by someone else since you opened it.</source>
        <translation>Die Kostenstelle %1 wurde von jemand anderem geändert, seit Sie sie geöffnet haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the list and make the change again.</source>
        <translation>Laden Sie die Liste neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Project %1 not found</source>
        <translation>Projekt %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was deleted meanwhile. Nothing was changed.</source>
        <translation>Es wurde inzwischen gelöscht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the list and try again.</source>
        <translation>Laden Sie die Liste neu und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CostCenterRules</name>
    <message>
        <location filename="../src/core/CostCenterRules.cpp" line="+18"/>
        <source>Cost center name is required</source>
        <translation>Der Name der Kostenstelle ist erforderlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cost center name cannot exceed %1 characters</source>
        <translation>Der Name der Kostenstelle darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cost center name must match the pattern %1</source>
        <translation>Der Name der Kostenstelle muss dem Muster %1 entsprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: eng-ops123 (lowercase letters and digits, one hyphen between two parts).</source>
        <translation>Zum Beispiel: eng-ops123 (Kleinbuchstaben und Ziffern, ein Bindestrich zwischen zwei Teilen).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cost center description cannot exceed %1 characters</source>
        <translation>Die Beschreibung der Kostenstelle darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cost center &apos;%1&apos; already exists</source>
        <translation>Die Kostenstelle &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was deleted, but its name stays taken: names are unique among all cost centers, deleted ones included.</source>
        <translation>Sie wurde gelöscht, ihr Name bleibt aber belegt: Namen sind unter allen Kostenstellen eindeutig, auch unter gelöschten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a different name.</source>
        <translation>Wählen Sie einen anderen Namen.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost center has linked active projects</source>
        <translation>Der Kostenstelle sind aktive Projekte zugeordnet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Referenced by %n project(s): %1</source>
        <translation>
            <numerusform>Verwendet von %n Projekt: %1</numerusform>
            <numerusform>Verwendet von %n Projekten: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove these projects from the cost center first, then delete it.</source>
        <translation>Entfernen Sie zuerst diese Projekte aus der Kostenstelle und löschen Sie sie dann.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <location filename="../src/platform/DemoDataGenerator.cpp" line="+147"/>
        <location line="+91"/>
        <source>Creating users</source>
        <translation>Benutzer werden angelegt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating projects</source>
        <translation>Projekte werden angelegt</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Assigning projects</source>
        <translation>Projekte werden zugewiesen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Creating budgets</source>
        <translation>Budgets werden angelegt</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Recording spend</source>
        <translation>Ausgaben werden erfasst</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <location filename="../src/platform/DemoDatabase.cpp" line="+29"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot move the demo database to %1</source>
        <translation>Die Demo-Datenbank kann nicht nach %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>DeploymentSteps</name>
    <message>
        <location filename="../src/migration/DeploymentSteps.cpp" line="+34"/>
        <source>Turn on Platform-managed mode in the backend</source>
        <translation>Plattformverwalteten Modus im Backend einschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add these to the codemie-api chart&apos;s values and upgrade the release. USER_PROJECT_LIMIT is the value this migration gave new users.</source>
        <translation>Fügen Sie diese Einträge den Values des codemie-api-Charts hinzu und aktualisieren Sie das Release. USER_PROJECT_LIMIT ist der Wert, den diese Migration neuen Benutzern gegeben hat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The web UI follows the backend</source>
        <translation>Die Weboberfläche folgt dem Backend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is at platform %1: the UI reads its feature flags from the backend&apos;s v1/config, so viteEnableUserManagement and viteEnableBudgetManagement are not needed (and no longer read).</source>
        <translation>Diese Datenbank hat den Plattformstand %1: Die Oberfläche liest ihre Feature-Flags aus v1/config des Backends, daher werden viteEnableUserManagement und viteEnableBudgetManagement nicht benötigt (und nicht mehr gelesen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Turn on the Administration screens in the web UI</source>
        <translation>Administrationsseiten in der Weboberfläche einschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add these to the codemie-ui chart&apos;s values (platform %1 reads them at build time) and upgrade the release.</source>
        <translation>Fügen Sie diese Einträge den Values des codemie-ui-Charts hinzu (Plattform %1 liest sie beim Build) und aktualisieren Sie das Release.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave the platform&apos;s own Keycloak import off</source>
        <translation>Eigenen Keycloak-Import der Plattform ausgeschaltet lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This console did the migration: the KEYCLOAK_MIGRATION_* variables are not needed. Where they are set, remove them: left on, the platform imports again on every pod restart and can overwrite the changes administrators make.</source>
        <translation>Diese Konsole hat die Migration durchgeführt: Die Variablen KEYCLOAK_MIGRATION_* werden nicht benötigt. Wo sie gesetzt sind, entfernen Sie sie: Bleiben sie aktiv, importiert die Plattform bei jedem Pod-Neustart erneut und kann Änderungen von Administratoren überschreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the Keycloak client secret in Kubernetes, not in values</source>
        <translation>Keycloak-Client-Geheimnis in Kubernetes speichern, nicht in den Values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the backend still needs the admin client (for example for logins&apos; e-mail sync), store its secret as a Kubernetes secret. Replace the placeholder; never paste the real secret into a file that is checked in.</source>
        <translation>Falls das Backend den Admin-Client weiterhin benötigt (zum Beispiel für den E-Mail-Abgleich bei Anmeldungen), speichern Sie sein Geheimnis als Kubernetes-Secret. Ersetzen Sie den Platzhalter; fügen Sie das echte Geheimnis nie in eine eingecheckte Datei ein.</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <location filename="../src/secrets/KeychainCredentialStore.cpp" line="+45"/>
        <source>No keychain service is running. On Linux, start a Secret Service provider such as GNOME Keyring or KWallet.</source>
        <translation>Es läuft kein Schlüsselbunddienst. Starten Sie unter Linux einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused access; unlock it and allow CodeMie Admin Console.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert; entsperren Sie ihn und erlauben Sie den Zugriff für CodeMie Admin Console.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that a keychain service (on Linux: GNOME Keyring or KWallet) is running and unlocked.</source>
        <translation>Prüfen Sie, ob ein Schlüsselbunddienst (unter Linux: GNOME Keyring oder KWallet) läuft und entsperrt ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <location line="+12"/>
        <source>The keychain did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+22"/>
        <location line="+12"/>
        <source>Unlock the keychain and try again.</source>
        <translation>Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No secret is stored.</source>
        <translation>Es ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the secret from the keychain.</source>
        <translation>Das Geheimnis konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the secret in the keychain.</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not delete the secret from the keychain.</source>
        <translation>Das Geheimnis konnte nicht aus dem Schlüsselbund gelöscht werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the operating system&apos;s keychain (%1) did not answer</source>
        <translation>der Schlüsselbund des Betriebssystems (%1) hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>KeycloakClient</name>
    <message>
        <location filename="../src/keycloak/KeycloakClient.cpp" line="+61"/>
        <location line="+48"/>
        <location line="+16"/>
        <source>malformed JSON (%1 at byte %2)</source>
        <translation>fehlerhaftes JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>the user count is not a number: “%1”</source>
        <translation>die Benutzeranzahl ist keine Zahl: „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a JSON list of users</source>
        <translation>JSON-Liste von Benutzern erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the page of users starting at %1</source>
        <translation>die Seite der Benutzer ab %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keycloak sent a list of users with something else than a user in it.</source>
        <translation>Keycloak hat eine Benutzerliste gesendet, die etwas anderes als Benutzer enthält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+345"/>
        <source>Check that the address points at Keycloak itself.</source>
        <translation>Prüfen Sie, ob die Adresse auf Keycloak selbst zeigt.</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>Keycloak sent a role member without a usable id.</source>
        <translation>Keycloak hat ein Rollenmitglied ohne verwendbare ID gesendet.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>In the Keycloak admin console open Clients → %1 → Service account roles → Assign role, choose “Filter by clients”, search realm-management, tick %2 and click Assign; then check again.</source>
        <translation>Öffnen Sie in der Keycloak-Administrationskonsole Clients → %1 → Service account roles → Assign role, wählen Sie „Filter by clients“, suchen Sie realm-management, markieren Sie %2 und klicken Sie auf Assign; prüfen Sie danach erneut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a Keycloak address.</source>
        <translation>„%1“ ist keine Keycloak-Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the address as https://host[:port], optionally followed by /auth for older servers.</source>
        <translation>Geben Sie die Adresse als https://host[:port] an, bei älteren Servern gefolgt von /auth.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Keycloak address must not contain a user name or password.</source>
        <translation>Die Keycloak-Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the part before @ from the address; the client secret is asked for separately and kept in the keychain.</source>
        <translation>Entfernen Sie den Teil vor dem @ aus der Adresse; das Client-Secret wird separat abgefragt und im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The realm name is missing.</source>
        <translation>Der Realm-Name fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the name of the realm that holds the users.</source>
        <translation>Geben Sie den Namen des Realms an, der die Benutzer enthält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client id is missing.</source>
        <translation>Die Client-ID fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the id of the confidential client whose service account reads the users.</source>
        <translation>Geben Sie die ID des vertraulichen Clients an, dessen Dienstkonto die Benutzer liest.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Keycloak address uses plain http to another computer: the client secret and every user&apos;s data would cross the network unencrypted.</source>
        <translation>Die Keycloak-Adresse verwendet unverschlüsseltes http zu einem anderen Computer: Das Client-Secret und die Daten aller Benutzer würden unverschlüsselt über das Netzwerk gehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use https. Only if the network path is trusted, confirm plain http for this source.</source>
        <translation>Verwenden Sie https. Nur wenn der Netzwerkweg vertrauenswürdig ist, bestätigen Sie unverschlüsseltes http für diese Quelle.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Keycloak names itself “%1”, but the console connects through “%2”. This works when Keycloak has a fixed host name; if requests are refused with 401, use Keycloak&apos;s own address.</source>
        <translation>Keycloak nennt sich selbst „%1“, die Konsole verbindet sich aber über „%2“. Das funktioniert, wenn Keycloak einen festen Hostnamen hat; werden Anfragen mit 401 abgelehnt, verwenden Sie die eigene Adresse von Keycloak.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: HTTP 200 but not a discovery document</source>
        <translation>%1: HTTP 200, aber kein Discovery-Dokument</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a web page</source>
        <translation>eine Webseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: HTTP %2 %3</source>
        <translation>%1: HTTP %2 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The realm “%1” does not exist on this Keycloak server.</source>
        <translation>Der Realm „%1“ existiert auf diesem Keycloak-Server nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the realm name; it is case-sensitive.</source>
        <translation>Prüfen Sie den Realm-Namen; Groß- und Kleinschreibung wird unterschieden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Keycloak realm “%1” was found at %2, with or without /auth.</source>
        <translation>Unter %2 wurde kein Keycloak-Realm „%1“ gefunden, weder mit noch ohne /auth.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the Keycloak address: it is the part before /realms/ in Keycloak&apos;s own URLs.</source>
        <translation>Prüfen Sie die Keycloak-Adresse: Sie ist der Teil vor /realms/ in den URLs von Keycloak.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Keycloak counts %L1 users in realm “%2”; the console reads at most %L3 users in one migration.</source>
        <translation>Keycloak zählt %L1 Benutzer im Realm „%2“; die Konsole liest in einer Migration höchstens %L3 Benutzer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A count this large usually means the address leads to something other than Keycloak&apos;s admin API: check it. A realm that really is this large cannot be migrated by this version.</source>
        <translation>Eine so große Zahl bedeutet meist, dass die Adresse zu etwas anderem als der Admin-API von Keycloak führt: Prüfen Sie sie. Ein Realm, der wirklich so groß ist, kann mit dieser Version nicht migriert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+396"/>
        <source>the users of realm “%1”</source>
        <translation>die Benutzer des Realms „%1“</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>Keycloak&apos;s admin API does not know the realm “%1”.</source>
        <translation>Die Admin-API von Keycloak kennt den Realm „%1“ nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the realm name, and that the address is not a proxy that hides /admin/.</source>
        <translation>Prüfen Sie den Realm-Namen und ob die Adresse kein Proxy ist, der /admin/ verbirgt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting the users</source>
        <translation>Benutzer werden gezählt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The access token lists no realm-management roles at all. The service account needs: %1.</source>
        <translation>Das Zugriffstoken enthält überhaupt keine realm-management-Rollen. Das Dienstkonto braucht: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service account of client “%1” lacks the realm-management roles: %2.</source>
        <translation>Dem Dienstkonto des Clients „%1“ fehlen die realm-management-Rollen: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access token carries %1, yet Keycloak refused. The token may come from another realm than the one read.</source>
        <translation>Das Zugriffstoken enthält %1, trotzdem hat Keycloak abgelehnt. Das Token stammt womöglich aus einem anderen Realm als dem gelesenen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keycloak does not let this client read %1 (HTTP %2).</source>
        <translation>Keycloak erlaubt diesem Client nicht, %1 zu lesen (HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycloak does not let this client read %1.</source>
        <translation>Keycloak erlaubt diesem Client nicht, %1 zu lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Keycloak, open Clients → %1 → Service accounts roles, assign the client roles %2 of realm-management, and make sure that “Full scope allowed” is on and the “roles” client scope is assigned so that the roles reach the token.</source>
        <translation>Öffnen Sie in Keycloak Clients → %1 → Service accounts roles, weisen Sie die Client-Rollen %2 von realm-management zu und stellen Sie sicher, dass „Full scope allowed“ eingeschaltet und der Client-Scope „roles“ zugewiesen ist, damit die Rollen ins Token gelangen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keycloak did not show its user-profile configuration (HTTP %1); as confirmed, the server is taken to be older than Keycloak 24 and to return attributes unfiltered.</source>
        <translation>Keycloak hat seine User-Profile-Konfiguration nicht gezeigt (HTTP %1); wie bestätigt, wird angenommen, dass der Server älter als Keycloak 24 ist und Attribute ungefiltert liefert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keycloak did not show the user-profile configuration of realm “%1” (HTTP %2), so it cannot be checked that the applications attributes are visible.</source>
        <translation>Keycloak hat die User-Profile-Konfiguration des Realms „%1“ nicht gezeigt (HTTP %2), daher lässt sich nicht prüfen, ob die applications-Attribute sichtbar sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On Keycloak 24 and newer, give the service account the realm-management role view-users. If the server is Keycloak 23 or older, confirm that, and the attributes are read unfiltered.</source>
        <translation>Geben Sie dem Dienstkonto ab Keycloak 24 die realm-management-Rolle view-users. Ist der Server Keycloak 23 oder älter, bestätigen Sie das, und die Attribute werden ungefiltert gelesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the user-profile configuration</source>
        <translation>User-Profile-Konfiguration wird gelesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keycloak&apos;s user-profile configuration cannot be read: unmanagedAttributePolicy is not a text.</source>
        <translation>Die User-Profile-Konfiguration von Keycloak kann nicht gelesen werden: unmanagedAttributePolicy ist kein Text.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The attribute user_type is not visible to administrators; every user will be imported as a regular user.</source>
        <translation>Das Attribut user_type ist für Administratoren nicht sichtbar; jeder Benutzer wird als regulärer Benutzer importiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keycloak hides the attributes %1 from administrators in realm “%2”: every user would be imported without projects.</source>
        <translation>Keycloak verbirgt im Realm „%2“ die Attribute %1 vor Administratoren: Jeder Benutzer würde ohne Projekte importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attributes are declared in the realm&apos;s user profile without view permission for administrators.</source>
        <translation>Die Attribute sind im User Profile des Realms ohne Leserecht für Administratoren deklariert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmanaged attributes are disabled in realm “%1” (Keycloak 24 and newer) and the attributes are not declared in its user profile.</source>
        <translation>Nicht verwaltete Attribute sind im Realm „%1“ abgeschaltet (Keycloak 24 und neuer), und die Attribute sind in seinem User Profile nicht deklariert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the Keycloak administrator to open Realm settings → User profile, and give Admin the view permission on %1; then run the check again.</source>
        <translation>Bitten Sie den Keycloak-Administrator, Realm settings → User profile zu öffnen und Admin das Leserecht (view) für %1 zu geben; führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the Keycloak administrator to set Realm settings → General → Unmanaged attributes to “Admin can view” (or to declare applications and applications_admin in Realm settings → User profile, viewable by Admin); then run the check again.</source>
        <translation>Bitten Sie den Keycloak-Administrator, Realm settings → General → Unmanaged attributes auf „Admin can view“ zu stellen (oder applications und applications_admin in Realm settings → User profile zu deklarieren, für Admin lesbar); führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The access token is not a JWT; its roles cannot be shown.</source>
        <translation>Das Zugriffstoken ist kein JWT; seine Rollen können nicht angezeigt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>every user of realm “%1”</source>
        <translation>jeden Benutzer des Realms „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The access token lists no roles (lightweight tokens?); the counting call succeeded, so the account is taken to view users.</source>
        <translation>Das Zugriffstoken enthält keine Rollen (Lightweight-Tokens?); der Zählaufruf war erfolgreich, daher wird angenommen, dass das Konto Benutzer sehen darf.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The realm kept changing during the read (%1 users, then %2); the users read may not be exactly the current ones.</source>
        <translation>Der Realm hat sich während des Lesens ständig geändert (erst %1 Benutzer, dann %2); die gelesenen Benutzer entsprechen womöglich nicht genau den aktuellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The realm changed during the read (%1 users, then %2); it was read again.</source>
        <translation>Der Realm hat sich während des Lesens geändert (erst %1 Benutzer, dann %2); er wurde erneut gelesen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None of the %1 users read has a value in applications or applications_admin: every user would be imported without projects. Check the realm&apos;s user-profile settings before importing.</source>
        <translation>Keiner der %1 gelesenen Benutzer hat einen Wert in applications oder applications_admin: Jeder Benutzer würde ohne Projekte importiert. Prüfen Sie vor dem Import die User-Profile-Einstellungen des Realms.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The ids of the users read could not be kept in a temporary file in %1.</source>
        <translation>Die IDs der gelesenen Benutzer konnten nicht in einer temporären Datei in %1 festgehalten werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free some space there (about 32 bytes per Keycloak user), or point TMPDIR at a folder with room, and read again; nothing has been changed.</source>
        <translation>Geben Sie dort Platz frei (etwa 32 Byte je Keycloak-Benutzer) oder lassen Sie TMPDIR auf einen Ordner mit genug Platz zeigen, und lesen Sie erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the users was stopped.</source>
        <translation>Das Lesen der Benutzer wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the users from %1 on</source>
        <translation>Benutzer werden ab %1 gelesen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Keycloak counts %1 users in realm “%2”, but only %3 could be read.</source>
        <translation>Keycloak zählt %1 Benutzer im Realm „%2“, aber nur %3 konnten gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 pages were read again because they came back shorter than expected.</source>
        <translation>%1 Seiten wurden erneut gelesen, weil sie kürzer als erwartet zurückkamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users were removed while reading, or the service account may not view every user (it needs view-users, not only query-users). Read again; nothing has been changed.</source>
        <translation>Während des Lesens wurden Benutzer entfernt, oder das Dienstkonto darf nicht jeden Benutzer sehen (es braucht view-users, nicht nur query-users). Lesen Sie erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 users were read that Keycloak no longer counts; they were probably deleted during the read.</source>
        <translation>%1 Benutzer wurden gelesen, die Keycloak nicht mehr zählt; sie wurden vermutlich während des Lesens gelöscht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The realm role name is missing.</source>
        <translation>Der Name der Realm-Rolle fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the name of a realm role, such as admin.</source>
        <translation>Geben Sie den Namen einer Realm-Rolle an, etwa admin.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The realm role “%1” does not exist in realm “%2”.</source>
        <translation>Die Realm-Rolle „%1“ existiert im Realm „%2“ nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the role name under Realm roles in Keycloak; it is case-sensitive.</source>
        <translation>Prüfen Sie den Rollennamen unter Realm roles in Keycloak; Groß- und Kleinschreibung wird unterschieden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the members of realm role “%1”</source>
        <translation>die Mitglieder der Realm-Rolle „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the members of a realm role</source>
        <translation>Mitglieder einer Realm-Rolle werden gelesen</translation>
    </message>
</context>
<context>
    <name>KeycloakHttp</name>
    <message>
        <location filename="../src/keycloak/KeycloakHttp.cpp" line="+71"/>
        <source>This computer cannot make HTTPS connections.</source>
        <translation>Dieser Computer kann keine HTTPS-Verbindungen aufbauen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No TLS library is available to Qt (%1).</source>
        <translation>Für Qt ist keine TLS-Bibliothek verfügbar (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install OpenSSL 3 and try again.</source>
        <translation>Installieren Sie OpenSSL 3 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CA bundle “%1” cannot be read.</source>
        <translation>Das CA-Bundle „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the path of a PEM file with the certificate of the authority that signed Keycloak&apos;s certificate.</source>
        <translation>Geben Sie den Pfad einer PEM-Datei mit dem Zertifikat der Stelle an, die das Zertifikat von Keycloak signiert hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The CA bundle “%1” holds no PEM certificate.</source>
        <translation>Das CA-Bundle „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file must contain one or more “-----BEGIN CERTIFICATE-----” blocks.</source>
        <translation>Die Datei muss einen oder mehrere Blöcke „-----BEGIN CERTIFICATE-----“ enthalten.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Keycloak&apos;s answer was still arriving after %1 seconds; it was not read.</source>
        <translation>Die Antwort von Keycloak kam nach %1 Sekunden noch immer an; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keycloak&apos;s answer is larger than %1 MB; it was not read.</source>
        <translation>Die Antwort von Keycloak ist größer als %1 MB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A page of users is normally well under 1 MB. Check that the address points at Keycloak and not at a proxy or file server.</source>
        <translation>Eine Seite mit Benutzern ist normalerweise deutlich kleiner als 1 MB. Prüfen Sie, ob die Adresse auf Keycloak zeigt und nicht auf einen Proxy oder Dateiserver.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer within %1 seconds</source>
        <translation>keine Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The HTTPS connection to Keycloak is not trusted: %1</source>
        <translation>Der HTTPS-Verbindung zu Keycloak wird nicht vertraut: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If Keycloak uses a certificate from a private authority, give that authority&apos;s certificate as the CA bundle (PEM) of this source. Certificate errors are never ignored.</source>
        <translation>Verwendet Keycloak ein Zertifikat einer privaten Zertifizierungsstelle, geben Sie deren Zertifikat als CA-Bundle (PEM) dieser Quelle an. Zertifikatsfehler werden nie ignoriert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Keycloak host “%1” is not known.</source>
        <translation>Der Keycloak-Host „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of the Keycloak address and this computer&apos;s DNS settings.</source>
        <translation>Prüfen Sie die Schreibweise der Keycloak-Adresse und die DNS-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request to Keycloak failed: %1</source>
        <translation>Die Anfrage an Keycloak ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the Keycloak address and the network, then try again.</source>
        <translation>Prüfen Sie die Keycloak-Adresse und das Netzwerk und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keycloak rejected a freshly issued access token (HTTP 401).</source>
        <translation>Keycloak hat ein gerade ausgestelltes Zugriffstoken abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the same host name that Keycloak is configured with (its issuer): a token obtained through one host name is refused through another. Check also that the client&apos;s realm is the realm being read.</source>
        <translation>Verwenden Sie denselben Hostnamen, mit dem Keycloak konfiguriert ist (seinen Issuer): Ein über einen Hostnamen bezogenes Token wird über einen anderen abgelehnt. Prüfen Sie auch, ob der Realm des Clients der gelesene Realm ist.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keycloak asked to wait %1 seconds before the next request.</source>
        <translation>Keycloak hat gebeten, vor der nächsten Anfrage %1 Sekunden zu warten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again later, or ask the Keycloak administrator about the rate limit in front of Keycloak.</source>
        <translation>Versuchen Sie es später erneut, oder fragen Sie den Keycloak-Administrator nach dem Ratenlimit vor Keycloak.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keycloak answered with a web page instead of data.</source>
        <translation>Keycloak hat mit einer Webseite statt mit Daten geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address probably points at a login page, a proxy or another web application. Give the address of Keycloak itself.</source>
        <translation>Die Adresse zeigt vermutlich auf eine Anmeldeseite, einen Proxy oder eine andere Webanwendung. Geben Sie die Adresse von Keycloak selbst an.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keycloak&apos;s answer cannot be read: %1</source>
        <translation>Die Antwort von Keycloak kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>%1, %2 attempts</source>
        <translation>%1, %2 Versuche</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Check that the address points at Keycloak itself and not at a proxy or another service, then try again.</source>
        <translation>Prüfen Sie, ob die Adresse auf Keycloak selbst zeigt und nicht auf einen Proxy oder einen anderen Dienst, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keycloak did not answer properly (%1), also after %2 retries.</source>
        <translation>Keycloak hat nicht ordnungsgemäß geantwortet (%1), auch nicht nach %2 Wiederholungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that Keycloak is running and reachable from this computer, then try again; a later run continues where this one stopped.</source>
        <translation>Prüfen Sie, ob Keycloak läuft und von diesem Computer aus erreichbar ist, und versuchen Sie es dann erneut; ein späterer Lauf setzt dort fort, wo dieser aufgehört hat.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds no access_token</source>
        <translation>sie enthält kein access_token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the access token is larger than 1 MB</source>
        <translation>das Zugriffstoken ist größer als 1 MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the token type is “%1”, not Bearer</source>
        <translation>der Tokentyp ist „%1“, nicht Bearer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expires_in is not a number of seconds between 1 and a year</source>
        <translation>expires_in ist keine Anzahl Sekunden zwischen 1 und einem Jahr</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Keycloak&apos;s token answer cannot be used: %1.</source>
        <translation>Die Token-Antwort von Keycloak ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>Keycloak answers each request in well under a second. Something between the console and Keycloak (a proxy, a VPN, an overloaded server) sends it far too slowly: check the address, or try again when the network is well.</source>
        <translation>Keycloak beantwortet jede Anfrage in deutlich unter einer Sekunde. Etwas zwischen der Konsole und Keycloak (ein Proxy, ein VPN, ein überlasteter Server) sendet die Antwort viel zu langsam: Prüfen Sie die Adresse, oder versuchen Sie es erneut, wenn das Netz wieder funktioniert.</translation>
    </message>
    <message>
        <location line="+328"/>
        <source>Check that the address points at Keycloak itself.</source>
        <translation>Prüfen Sie, ob die Adresse auf Keycloak selbst zeigt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The realm “%1” does not exist on this Keycloak server.</source>
        <translation>Der Realm „%1“ existiert auf diesem Keycloak-Server nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the realm name; it is case-sensitive.</source>
        <translation>Prüfen Sie den Realm-Namen; Groß- und Kleinschreibung wird unterschieden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keycloak refused the client “%1”: wrong client id or secret, or the client is not set up for service accounts.</source>
        <translation>Keycloak hat den Client „%1“ abgelehnt: falsche Client-ID oder falsches Secret, oder der Client ist nicht für Dienstkonten eingerichtet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the client id and secret. In Keycloak, the client needs Client authentication on and Service accounts roles enabled. If the secret contains characters such as + or %, try the other client authentication style.</source>
        <translation>Prüfen Sie Client-ID und Secret. In Keycloak braucht der Client „Client authentication“ eingeschaltet und „Service accounts roles“ aktiviert. Enthält das Secret Zeichen wie + oder %, versuchen Sie die andere Art der Client-Authentifizierung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Getting an access token</source>
        <translation>Zugriffstoken wird geholt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading from Keycloak was cancelled.</source>
        <translation>Das Lesen aus Keycloak wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed. Start again when ready.</source>
        <translation>Es wurde nichts geändert. Starten Sie erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a web page titled «%1»</source>
        <translation>eine Webseite mit dem Titel «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the Keycloak address, realm and client, then try again.</source>
        <translation>Prüfen Sie Keycloak-Adresse, Realm und Client und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keycloak or a proxy in front of it has a problem; try again later.</source>
        <translation>Keycloak oder ein vorgeschalteter Proxy hat ein Problem; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Keycloak answered HTTP %2.</source>
        <translation>%1: Keycloak hat mit HTTP %2 geantwortet.</translation>
    </message>
</context>
<context>
    <name>KeycloakUser</name>
    <message>
        <location filename="../src/keycloak/KeycloakUser.cpp" line="+87"/>
        <source>a user without id or username</source>
        <translation>ein Benutzer ohne ID und Benutzernamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user “%1”</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keycloak sent user data that cannot be read: %1, field “%2”: %3.</source>
        <translation>Keycloak hat Benutzerdaten gesendet, die nicht gelesen werden können: %1, Feld „%2“: %3.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>In %1.</source>
        <translation>Betrifft: %1.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>a NUL character (U+0000) at character %1</source>
        <translation>ein NUL-Zeichen (U+0000) an Zeichen %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid Unicode (a lone surrogate U+%1) at character %2</source>
        <translation>ungültiges Unicode (ein einzelnes Surrogat U+%1) an Zeichen %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a control character (U+%1) at character %2</source>
        <translation>ein Steuerzeichen (U+%1) an Zeichen %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The realm export holds user data that cannot be read: %1, field “%2”: %3.</source>
        <translation>Der Realm-Export enthält Benutzerdaten, die nicht gelesen werden können: %1, Feld „%2“: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was imported. Correct the user in Keycloak and export again, or correct the file.</source>
        <translation>Es wurde nichts importiert. Korrigieren Sie den Benutzer in Keycloak und exportieren Sie erneut, oder korrigieren Sie die Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check that the address points at Keycloak itself and not at a proxy or another service. If the data really is like this, correct the user in Keycloak.</source>
        <translation>Prüfen Sie, ob die Adresse auf Keycloak selbst zeigt und nicht auf einen Proxy oder einen anderen Dienst. Sind die Daten wirklich so, korrigieren Sie den Benutzer in Keycloak.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it contains %1</source>
        <translation>es enthält %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected text, found %1</source>
        <translation>Text erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 characters long, more than the %2 accepted</source>
        <translation>%1 Zeichen lang, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the number %1 is not a time stamp</source>
        <translation>die Zahl %1 ist kein Zeitstempel</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+26"/>
        <source>a value of %1 characters, more than the %2 accepted</source>
        <translation>ein Wert mit %1 Zeichen, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>expected a list of texts, found %1</source>
        <translation>Liste von Texten erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 values, too many</source>
        <translation>%1 Werte, zu viele</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a list of texts, found a %1 in it</source>
        <translation>Liste von Texten erwartet, darin gefunden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>expected an object of named lists, found %1</source>
        <translation>Objekt mit benannten Listen erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an attribute name of %1 characters</source>
        <translation>ein Attributname mit %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>MemberBulkOperation</name>
    <message>
        <location filename="../src/platform/MemberBulkOperation.cpp" line="+30"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+64"/>
        <source>No member is selected.</source>
        <translation>Kein Mitglied ist ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <location line="-34"/>
        <location line="+85"/>
        <source>The membership of %n user(s) in %1 was changed by someone else since you opened it.</source>
        <translation>
            <numerusform>Die Mitgliedschaft von %n Benutzer in %1 wurde von jemand anderem geändert, seit Sie sie geöffnet haben.</numerusform>
            <numerusform>Die Mitgliedschaften von %n Benutzern in %1 wurden von jemand anderem geändert, seit Sie sie geöffnet haben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Nothing was saved. Changed: %1</source>
        <translation>Es wurde nichts gespeichert. Geändert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload and make the change again.</source>
        <translation>Laden Sie neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing was removed. Leave the creator out of the selection.</source>
        <translation>Es wurde nichts entfernt. Nehmen Sie den Ersteller aus der Auswahl heraus.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One or more users are not assigned to this project</source>
        <translation>Mindestens ein Benutzer ist diesem Projekt nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was removed. Reload and try again.</source>
        <translation>Es wurde nichts entfernt. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was removed. Changed: %1</source>
        <translation>Es wurde nichts entfernt. Geändert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload and try again.</source>
        <translation>Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No user is given.</source>
        <translation>Es ist kein Benutzer angegeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duplicate user IDs in request</source>
        <translation>Doppelte Benutzer-IDs in der Anfrage</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>One or more users not found</source>
        <translation>Mindestens ein Benutzer wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n user(s) are deactivated and cannot be assigned to projects.</source>
        <translation>
            <numerusform>%n Benutzer ist deaktiviert und kann keinen Projekten zugewiesen werden.</numerusform>
            <numerusform>%n Benutzer sind deaktiviert und können keinen Projekten zugewiesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberCsv</name>
    <message>
        <location filename="../src/core/MemberCsv.cpp" line="+17"/>
        <source>CSV validation failed</source>
        <translation>CSV-Validierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV parsing failed</source>
        <translation>CSV-Analyse fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the file (fields that contain commas, quotes or line breaks must be enclosed in double quotes, with quotes inside doubled) and choose it again.</source>
        <translation>Korrigieren Sie die Datei (Felder mit Kommas, Anführungszeichen oder Zeilenumbrüchen müssen in doppelte Anführungszeichen gesetzt und darin enthaltene Anführungszeichen verdoppelt werden) und wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>a quoted field is not closed (missing &quot;)</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen (fehlendes &quot;)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <source>the file contains a NUL character</source>
        <translation>die Datei enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>unexpected text after a closing quote</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a double quote inside a field that does not start with one</source>
        <translation>ein doppeltes Anführungszeichen in einem Feld, das nicht mit einem beginnt</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>File too large</source>
        <translation>Datei zu groß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file must not exceed 5 MB</source>
        <translation>Die CSV-Datei darf 5 MB nicht überschreiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV decoding failed</source>
        <translation>CSV-Dekodierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File must be UTF-8 encoded: byte 0x%1 at position %2 (line %3) is not valid UTF-8</source>
        <translation>Die Datei muss UTF-8-kodiert sein: Byte 0x%1 an Position %2 (Zeile %3) ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the file as &quot;CSV UTF-8&quot; in your spreadsheet and choose it again.</source>
        <translation>Speichern Sie die Datei in Ihrer Tabellenkalkulation als „CSV UTF-8“ und wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CSV file is empty: it needs a header row with an &apos;email&apos; column and at least one data row</source>
        <translation>Die CSV-Datei ist leer: Sie braucht eine Kopfzeile mit einer Spalte &apos;email&apos; und mindestens eine Datenzeile</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CSV must contain an &apos;email&apos; column</source>
        <translation>Die CSV-Datei muss eine Spalte &apos;email&apos; enthalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV file must contain at least one data row</source>
        <translation>Die CSV-Datei muss mindestens eine Datenzeile enthalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV exceeds the maximum of 1000 rows (got %1)</source>
        <translation>Die CSV-Datei überschreitet das Maximum von 1000 Zeilen (erhalten: %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invalid email address: &apos;%1&apos;</source>
        <translation>Ungültige E-Mail-Adresse: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid role &apos;%1&apos;. Allowed values: [&apos;project_admin&apos;, &apos;user&apos;]</source>
        <translation>Ungültige Rolle &apos;%1&apos;. Erlaubte Werte: [&apos;project_admin&apos;, &apos;user&apos;]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate email: &apos;%1&apos; appears more than once</source>
        <translation>Doppelte E-Mail: &apos;%1&apos; kommt mehr als einmal vor</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>User not found for email: &apos;%1&apos;</source>
        <translation>Kein Benutzer zur E-Mail gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User &apos;%1&apos; is deactivated and cannot be assigned to projects</source>
        <translation>Benutzer &apos;%1&apos; ist deaktiviert und kann keinen Projekten zugewiesen werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>MemberCsvImport</name>
    <message numerus="yes">
        <location filename="../src/platform/MemberCsvImport.cpp" line="+138"/>
        <source>… and %n more row(s) with errors</source>
        <translation>
            <numerusform>… und %n weitere Zeile mit Fehlern</numerusform>
            <numerusform>… und %n weitere Zeilen mit Fehlern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV validation failed</source>
        <translation>CSV-Validierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported. Fix the file and import it again.</source>
        <translation>Es wurde nichts importiert. Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>MembershipRepository</name>
    <message>
        <location filename="../src/platform/MembershipRepository.cpp" line="+131"/>
        <source>User is not assigned to this project</source>
        <translation>Der Benutzer ist diesem Projekt nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 is deactivated and cannot be assigned to projects.</source>
        <translation>%1 ist deaktiviert und kann keinen Projekten zugewiesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User already assigned to project</source>
        <translation>Der Benutzer ist dem Projekt bereits zugewiesen</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+41"/>
        <source>The role of %1 in %2 was changed by someone else since you opened it.</source>
        <translation>Die Rolle von %1 in %2 wurde von jemand anderem geändert, seit Sie sie geöffnet haben.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload and make the change again.</source>
        <translation>Laden Sie neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing was removed.</source>
        <translation>Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload and try again.</source>
        <translation>Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <location filename="../src/secrets/MemoryCredentialStore.cpp" line="+9"/>
        <source>memory only (this run)</source>
        <translation>nur im Arbeitsspeicher (dieser Lauf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No secret is stored.</source>
        <translation>Es ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>MigrationExecutor</name>
    <message>
        <location filename="../src/migration/MigrationExecutor.cpp" line="+159"/>
        <source>The migration cannot write to this database.</source>
        <translation>Die Migration kann nicht in diese Datenbank schreiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database schema changed since the plan was made.</source>
        <translation>Das Datenbankschema hat sich geändert, seit der Plan erstellt wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan revision %1, database revision %2.</source>
        <translation>Revision des Plans %1, Revision der Datenbank %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new plan.</source>
        <translation>Erstellen Sie einen neuen Plan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Another Keycloak import is running on this database.</source>
        <translation>Auf dieser Datenbank läuft bereits ein anderer Keycloak-Import.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s built-in migration or another console holds the import lock.</source>
        <translation>Die integrierte Migration der Plattform oder eine andere Konsole hält die Importsperre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until it has finished, then run the migration again.</source>
        <translation>Warten Sie, bis er abgeschlossen ist, und führen Sie die Migration dann erneut aus.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>a further database connection could not be opened; the batches ran on the others: %1</source>
        <translation>eine weitere Datenbankverbindung konnte nicht geöffnet werden; die Stapel liefen auf den anderen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>batch %1 (%2 … %3) was not written: %4</source>
        <translation>Stapel %1 (%2 … %3) wurde nicht geschrieben: %4</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>project %1 already exists (as %2); not created again</source>
        <translation>Projekt %1 existiert bereits (als %2); nicht erneut angelegt</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1: not written, the database changed since the plan: %2</source>
        <translation>%1: nicht geschrieben, die Datenbank hat sich seit dem Plan geändert: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 %3 is no longer needed or no longer possible</source>
        <translation>%1: %2 %3 ist nicht mehr nötig oder nicht mehr möglich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 %3 was not in the approved plan; make a new plan to include it</source>
        <translation>%1: %2 %3 war nicht im genehmigten Plan; erstellen Sie einen neuen Plan, um es aufzunehmen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: project %2 does not exist; not assigned</source>
        <translation>%1: Projekt %2 existiert nicht; nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: e-mail not changed to %2: HR data (user_enrichment) refers to the old address</source>
        <translation>%1: E-Mail nicht in %2 geändert: HR-Daten (user_enrichment) verweisen auf die alte Adresse</translation>
    </message>
</context>
<context>
    <name>MigrationHistory</name>
    <message>
        <location filename="../src/migration/MigrationHistory.cpp" line="+43"/>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>“%1” is not a migration report of this console.</source>
        <translation>„%1“ ist kein Migrationsbericht dieser Konsole.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” is not a report file this console reads (a plain file of at most 512 MB).</source>
        <translation>„%1“ ist keine Berichtsdatei, die diese Konsole liest (eine normale Datei von höchstens 512 MB).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report “%1” cannot be read.</source>
        <translation>Der Bericht „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Partly migrated: the last run (%1) stopped after batch %2 of %3. Start the migration again to finish it.</source>
        <translation>Teilweise migriert: Der letzte Lauf (%1) wurde nach Stapel %2 von %3 angehalten. Starten Sie die Migration erneut, um sie abzuschließen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migrated on %1 by %2: %3 users, %4 projects.</source>
        <translation>Migriert am %1 von %2: %3 Benutzer, %4 Projekte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+22"/>
        <source>the system</source>
        <translation>das System</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Migrated on %1 by %2 (from the platform&apos;s audit rows; this console has no report of it).</source>
        <translation>Migriert am %1 von %2 (laut den Audit-Einträgen der Plattform; diese Konsole hat keinen Bericht darüber).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 users came from Keycloak, but this console has no record of a migration here (the platform&apos;s own import, or another console).</source>
        <translation>%1 von %2 Benutzern stammen aus Keycloak, aber diese Konsole hat hier keine Aufzeichnung einer Migration (der eigene Import der Plattform oder eine andere Konsole).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not migrated yet.</source>
        <translation>Noch nicht migriert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source># Keycloak migration report</source>
        <translation># Keycloak-Migrationsbericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Finished: %1</source>
        <translation>- Beendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Database: %1</source>
        <translation>- Datenbank: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Acting administrator: %1</source>
        <translation>- Handelnder Administrator: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- Source: %1</source>
        <translation>- Quelle: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Policy: %1</source>
        <translation>- Richtlinie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>## Plan</source>
        <translation>## Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>## Result</source>
        <translation>## Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>## Verification</source>
        <translation>## Prüfung</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The folder “%1” for migration reports cannot be created.</source>
        <translation>Der Ordner „%1“ für Migrationsberichte kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The report “%1” could not be written.</source>
        <translation>Der Bericht „%1“ konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>MigrationPlanner</name>
    <message>
        <location filename="../src/migration/MigrationPlanner.cpp" line="+128"/>
        <source>no id or username in Keycloak</source>
        <translation>keine ID und kein Benutzername in Keycloak</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not imported: the Keycloak %1 is %2 characters long; the platform stores at most %3</source>
        <translation>nicht importiert: %1 in Keycloak ist %2 Zeichen lang; die Plattform speichert höchstens %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>e-mail %1 belongs to the existing user %2 (%3)</source>
        <translation>die E-Mail %1 gehört dem vorhandenen Benutzer %2 (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>username %1 belongs to the existing user %2 (%3)</source>
        <translation>der Benutzername %1 gehört dem vorhandenen Benutzer %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keycloak user %1 has the same e-mail or username; only the first is imported</source>
        <translation>Keycloak-Benutzer %1 hat dieselbe E-Mail oder denselben Benutzernamen; nur der erste wird importiert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a project name of %1 characters (“%2”); the platform stores at most %3: membership skipped</source>
        <translation>ein Projektname mit %1 Zeichen („%2“); die Plattform speichert höchstens %3: Mitgliedschaft übersprungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>project %1 was deleted in the platform; not revived, membership skipped</source>
        <translation>Projekt %1 wurde in der Plattform gelöscht; nicht wiederhergestellt, Mitgliedschaft übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a personal project; membership skipped</source>
        <translation>%1 ist ein persönliches Projekt; Mitgliedschaft übersprungen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 is the personal project of a user being imported; membership skipped</source>
        <translation>%1 ist das persönliche Projekt eines Benutzers, der importiert wird; Mitgliedschaft übersprungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>project %1 is created as it is named in Keycloak, although the platform&apos;s naming rules would refuse it: %2</source>
        <translation>Projekt %1 wird so angelegt, wie es in Keycloak heißt, obwohl die Namensregeln der Plattform den Namen ablehnen würden: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a project named %1 already exists; it is left as it is and no personal project is created</source>
        <translation>ein Projekt namens %1 existiert bereits; es bleibt, wie es ist, und es wird kein persönliches Projekt angelegt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>deactivated in the platform; left unchanged</source>
        <translation>in der Plattform deaktiviert; unverändert gelassen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 created project %2; the platform keeps a creator in their project</source>
        <translation>%1 hat das Projekt %2 angelegt; die Plattform behält einen Ersteller in seinem Projekt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>project %1 has active project budgets: the membership is written, but the platform creates member budget allocations only through its API</source>
        <translation>Projekt %1 hat aktive Projektbudgets: Die Mitgliedschaft wird geschrieben, aber die Plattform legt Budgetzuteilungen für Mitglieder nur über ihre API an</translation>
    </message>
</context>
<context>
    <name>MigrationReport</name>
    <message>
        <location filename="../src/migration/MigrationReport.cpp" line="+299"/>
        <source>Plan (%1 policy) from %2:</source>
        <translation>Plan (Richtlinie %1) aus %2:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  users: %1 to create, %2 to update, %3 unchanged, %4 skipped, %5 conflicts</source>
        <translation>  Benutzer: %1 anzulegen, %2 zu aktualisieren, %3 unverändert, %4 übersprungen, %5 Konflikte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  projects to create: %1; memberships to add: %2, to raise to project admin: %3, to lower: %4, to remove: %5</source>
        <translation>  anzulegende Projekte: %1; Mitgliedschaften hinzuzufügen: %2, zum Projekt-Admin zu erheben: %3, herabzustufen: %4, zu entfernen: %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>  … more in the JSON plan (--plan-out)</source>
        <translation>  … mehr im JSON-Plan (--plan-out)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  warning: %1</source>
        <translation>  Warnung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applied %1 operations in %2 batches (%3 failed) in %4 s: %5 users created, %6 updated, %7 projects created, %8 memberships added, %9 new conflicts while applying.</source>
        <translation>%1 Operationen in %2 Stapeln (%3 fehlgeschlagen) in %4 s angewendet: %5 Benutzer angelegt, %6 aktualisiert, %7 Projekte angelegt, %8 Mitgliedschaften hinzugefügt, %9 neue Konflikte beim Anwenden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled between batches: run the migration again to finish.</source>
        <translation>Zwischen zwei Stapeln abgebrochen: Führen Sie die Migration erneut aus, um sie abzuschließen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each failed batch wrote nothing; the other batches and the new shared projects were written. Mend the cause named below and run the migration again: it plans only what is left.</source>
        <translation>Jeder fehlgeschlagene Stapel hat nichts geschrieben; die übrigen Stapel und die neuen gemeinsamen Projekte wurden geschrieben. Beheben Sie die unten genannte Ursache und führen Sie die Migration erneut aus: Sie plant nur, was noch fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  error: %1</source>
        <translation>  Fehler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  note: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verified %1 users: the database matches the source.</source>
        <translation>%1 Benutzer geprüft: Die Datenbank stimmt mit der Quelle überein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified %1 users: %2 differences.</source>
        <translation>%1 Benutzer geprüft: %2 Abweichungen.</translation>
    </message>
</context>
<context>
    <name>MigrationSource</name>
    <message>
        <location filename="../src/migration/MigrationSource.cpp" line="+35"/>
        <source>The export has no realm role %1.</source>
        <translation>Der Export enthält keine Realm-Rolle %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realm roles with members in the export: %1</source>
        <translation>Realm-Rollen mit Mitgliedern im Export: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name a realm role of the export, or none.</source>
        <translation>Geben Sie eine Realm-Rolle des Exports an oder keine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>realm export %1 (realm %2)</source>
        <translation>Realm-Export %1 (Realm %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keycloak %1, realm %2</source>
        <translation>Keycloak %1, Realm %2</translation>
    </message>
</context>
<context>
    <name>MigrationStream</name>
    <message>
        <location filename="../src/migration/MigrationStream.cpp" line="+74"/>
        <source>The migration&apos;s temporary file in %1 could not be written or read back.</source>
        <translation>Die temporäre Datei der Migration in %1 konnte nicht geschrieben oder zurückgelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space there (about 1 KB per Keycloak user), or point TMPDIR at a folder with room, and run the migration again; nothing was written.</source>
        <translation>Schaffen Sie dort Platz (etwa 1 KB je Keycloak-Benutzer) oder lassen Sie TMPDIR auf einen Ordner mit genug Platz zeigen, und starten Sie die Migration erneut; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Cancelled: nothing was planned.</source>
        <translation>Abgebrochen: Es wurde nichts geplant.</translation>
    </message>
</context>
<context>
    <name>MigrationVerifier</name>
    <message>
        <location filename="../src/migration/MigrationVerifier.cpp" line="+42"/>
        <source>%1 (%2): not in the database</source>
        <translation>%1 (%2): nicht in der Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): not imported, the e-mail belongs to user %3</source>
        <translation>%1 (%2): nicht importiert, die E-Mail gehört dem Benutzer %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: project %2 does not exist</source>
        <translation>%1: Projekt %2 existiert nicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not a member of %2</source>
        <translation>%1: kein Mitglied von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: should be project admin of %2</source>
        <translation>%1: sollte Projekt-Admin von %2 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: should not be project admin of %2</source>
        <translation>%1: sollte nicht Projekt-Admin von %2 sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: member of %2, which Keycloak does not list</source>
        <translation>%1: Mitglied von %2, das Keycloak nicht aufführt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: identity differs from Keycloak (%2, %3)</source>
        <translation>%1: Identität weicht von Keycloak ab (%2, %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no personal project</source>
        <translation>%1: kein persönliches Projekt</translation>
    </message>
</context>
<context>
    <name>PgCopy</name>
    <message>
        <location filename="../src/platform/PgCopy.cpp" line="+237"/>
        <location line="+87"/>
        <source>Not connected to the platform database.</source>
        <translation>Nicht mit der Plattformdatenbank verbunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The statement could not be prepared.</source>
        <translation>Die Abfrage konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The read was stopped.</source>
        <translation>Das Lesen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PlanRows</name>
    <message>
        <location filename="../src/migration/PlanRows.cpp" line="+57"/>
        <source>The preview&apos;s temporary file in %1 could not be written or read back.</source>
        <translation>Die temporäre Datei der Vorschau in %1 konnte nicht geschrieben oder zurückgelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some space there (about 1 KB per Keycloak user), or point TMPDIR at a folder with room, and plan again; nothing was written.</source>
        <translation>Schaffen Sie dort Platz (etwa 1 KB je Keycloak-Benutzer) oder lassen Sie TMPDIR auf einen Ordner mit genug Platz zeigen, und planen Sie erneut; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The plan could not be written.</source>
        <translation>Der Plan konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>PlatformDatabase</name>
    <message>
        <location filename="../src/platform/PlatformDatabase.cpp" line="+76"/>
        <source>The PostgreSQL driver for Qt is not installed.</source>
        <translation>Der PostgreSQL-Treiber für Qt ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the Qt 6 PostgreSQL plugin (Debian: libqt6sql6-psql) and start the console again.</source>
        <translation>Installieren Sie das PostgreSQL-Plugin für Qt 6 (Debian: libqt6sql6-psql) und starten Sie die Konsole neu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Check the host, port, database name, user and password, and that the server accepts connections from this machine.</source>
        <translation>Prüfen Sie Host, Port, Datenbankname, Benutzer und Passwort und ob der Server Verbindungen von diesem Rechner annimmt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the password (PGPASSWORD for the command line).</source>
        <translation>Prüfen Sie das Passwort (PGPASSWORD für die Kommandozeile).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check sslmode and the root certificate; with verify-full the server name must match its certificate.</source>
        <translation>Prüfen Sie sslmode und das Stammzertifikat; mit verify-full muss der Servername zu seinem Zertifikat passen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to %1</source>
        <translation>Keine Verbindung zu %1 möglich</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database file %1 does not exist.</source>
        <translation>Die Datenbankdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an existing platform database file.</source>
        <translation>Wählen Sie eine vorhandene Plattform-Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not open the database file %1</source>
        <translation>Die Datenbankdatei %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a platform database file.</source>
        <translation>Wählen Sie eine Plattform-Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+18"/>
        <source>Not connected to the platform database.</source>
        <translation>Nicht mit der Plattformdatenbank verbunden.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Connect again.</source>
        <translation>Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The data is locked by another session.</source>
        <translation>Die Daten sind von einer anderen Sitzung gesperrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed. If the platform is upgrading, wait until it has finished; otherwise try again in a moment.</source>
        <translation>Es wurde nichts geändert. Wenn die Plattform gerade ein Upgrade durchführt, warten Sie, bis es abgeschlossen ist; andernfalls versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database took too long to answer.</source>
        <translation>Die Datenbank hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed. Try again, or narrow the search.</source>
        <translation>Es wurde nichts geändert. Versuchen Sie es erneut oder grenzen Sie die Suche ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another session changed the same data at the same time.</source>
        <translation>Eine andere Sitzung hat gleichzeitig dieselben Daten geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed. Reload and try again.</source>
        <translation>Es wurde nichts geändert. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A row refers to data that does not exist, or other data still refers to this row.</source>
        <translation>Eine Zeile verweist auf Daten, die es nicht gibt, oder andere Daten verweisen noch auf diese Zeile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>A row with the same key already exists.</source>
        <translation>Eine Zeile mit demselben Schlüssel existiert bereits.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Reload: someone may have made the same change.</source>
        <translation>Laden Sie neu: Möglicherweise hat jemand dieselbe Änderung vorgenommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other data still refers to this row.</source>
        <translation>Andere Daten verweisen noch auf diese Zeile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database refused the write: %1</source>
        <translation>Die Datenbank hat den Schreibvorgang abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect with a user that may write, or to the primary server.</source>
        <translation>Verbinden Sie sich mit einem Benutzer, der schreiben darf, oder mit dem Primärserver.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the database was lost.</source>
        <translation>Die Verbindung zur Datenbank wurde unterbrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed. Reconnect and try again.</source>
        <translation>Es wurde nichts geändert. Verbinden Sie sich neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is locked.</source>
        <translation>Die Datenbankdatei ist gesperrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program is writing to it; try again in a moment.</source>
        <translation>Ein anderes Programm schreibt gerade hinein; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database reported an error.</source>
        <translation>Die Datenbank hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLSTATE %1</source>
        <translation>SQLSTATE %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The transaction is not open.</source>
        <translation>Die Transaktion ist nicht offen.</translation>
    </message>
</context>
<context>
    <name>PlatformRelease</name>
    <message>
        <location filename="../src/core/SchemaCapabilities.cpp" line="+38"/>
        <source>Platform %1 schema</source>
        <translation>Schema von Plattform %1</translation>
    </message>
</context>
<context>
    <name>PlatformSession</name>
    <message>
        <location filename="../src/platform/PlatformSession.cpp" line="+76"/>
        <source>No acting administrator is chosen: changes are disabled. Choose the platform user you act as (an admin&apos;s e-mail) when connecting.</source>
        <translation>Kein handelnder Administrator gewählt: Änderungen sind gesperrt. Wählen Sie beim Verbinden den Plattformbenutzer, als der Sie handeln (die E-Mail eines Admins).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The acting administrator cannot be checked.</source>
        <translation>Der handelnde Administrator kann nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No platform user has the e-mail %1. Choose the e-mail of an existing administrator.</source>
        <translation>Kein Plattformbenutzer hat die E-Mail %1. Wählen Sie die E-Mail eines vorhandenen Administrators.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is deactivated and cannot make changes.</source>
        <translation>%1 ist deaktiviert und kann keine Änderungen vornehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a platform administrator: the console is read-only for them, as the platform would be.</source>
        <translation>%1 ist kein Plattformadministrator: Die Konsole ist für diese Person schreibgeschützt, wie es auch die Plattform wäre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This connection of the console only reads.</source>
        <translation>Diese Verbindung der Konsole liest nur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The console is read-only on this database.</source>
        <translation>Die Konsole ist auf dieser Datenbank schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintainer</source>
        <translation>Maintainer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../src/settings/ProfileStore.cpp" line="+94"/>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A profile name has at most 100 characters.</source>
        <translation>Ein Profilname hat höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A profile named %1 already exists.</source>
        <translation>Ein Profil namens %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not write the settings file %1.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the folder is writable.</source>
        <translation>Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The profile no longer exists.</source>
        <translation>Das Profil existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ProjectRepository</name>
    <message>
        <location filename="../src/platform/ProjectRepository.cpp" line="+162"/>
        <source>Project not found</source>
        <translation>Projekt nicht gefunden</translation>
    </message>
    <message>
        <location line="+150"/>
        <location line="+138"/>
        <source>Project %1 was changed by someone else since you opened it.</source>
        <translation>Projekt %1 wurde von jemand anderem geändert, seit Sie es geöffnet haben.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload the project and make the change again.</source>
        <translation>Laden Sie das Projekt neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload the project and try again.</source>
        <translation>Laden Sie das Projekt neu und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ProjectRules</name>
    <message>
        <location filename="../src/core/ProjectRules.cpp" line="+30"/>
        <source>Project name must be at least 3 characters</source>
        <translation>Der Projektname muss mindestens 3 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project name cannot exceed 100 characters</source>
        <translation>Der Projektname darf 100 Zeichen nicht überschreiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid project name. Must be 3-100 lowercase alphanumeric characters (underscore/hyphen allowed), cannot contain uppercase letters, cannot start with special character, and cannot use reserved names (admin, system, root, api, null, undefined, default, test, demo)</source>
        <translation>Ungültiger Projektname. Er muss aus 3–100 kleingeschriebenen alphanumerischen Zeichen bestehen (Unterstrich/Bindestrich erlaubt), darf keine Großbuchstaben enthalten, nicht mit einem Sonderzeichen beginnen und keinen reservierten Namen verwenden (admin, system, root, api, null, undefined, default, test, demo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project name &apos;%1&apos; is reserved and cannot be used</source>
        <translation>Der Projektname &apos;%1&apos; ist reserviert und kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Project &apos;%1&apos; already exists. Please choose a different name.</source>
        <translation>Das Projekt &apos;%1&apos; existiert bereits. Bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project description is required</source>
        <translation>Eine Projektbeschreibung ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project description cannot exceed 500 characters</source>
        <translation>Die Projektbeschreibung darf 500 Zeichen nicht überschreiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project display name cannot exceed 150 characters</source>
        <translation>Der Anzeigename des Projekts darf 150 Zeichen nicht überschreiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot delete a personal project</source>
        <translation>Ein persönliches Projekt kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project &apos;%1&apos; cannot be deleted because it has assigned users. Remove all users first.</source>
        <translation>Das Projekt &apos;%1&apos; kann nicht gelöscht werden, weil ihm Benutzer zugewiesen sind. Entfernen Sie zuerst alle Benutzer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned users: %1</source>
        <translation>Zugewiesene Benutzer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project &apos;%1&apos; cannot be deleted because it has assigned resources. Remove all assistants, workflows, skills, datasources, and integrations first.</source>
        <translation>Das Projekt &apos;%1&apos; kann nicht gelöscht werden, weil ihm Ressourcen zugewiesen sind. Entfernen Sie zuerst alle Assistenten, Workflows, Skills, Datenquellen und Integrationen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot rename a personal project</source>
        <translation>Ein persönliches Projekt kann nicht umbenannt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project name cannot be changed while users are assigned to it</source>
        <translation>Der Projektname kann nicht geändert werden, solange ihm Benutzer zugewiesen sind</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot modify membership of a personal project</source>
        <translation>Die Mitgliedschaft eines persönlichen Projekts kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot remove the project creator from the project</source>
        <translation>Der Ersteller des Projekts kann nicht aus dem Projekt entfernt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Project &apos;%1&apos; has active project budgets: change its members in the CodeMie web interface</source>
        <translation>Das Projekt &apos;%1&apos; hat aktive Projektbudgets: Ändern Sie seine Mitglieder in der CodeMie-Weboberfläche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform creates each member&apos;s budget allocation through its API and its LLM proxy; a membership written directly to the database would leave the member without one.</source>
        <translation>Die Plattform legt die Budgetzuteilung jedes Mitglieds über ihre API und ihren LLM-Proxy an; eine direkt in die Datenbank geschriebene Mitgliedschaft ließe das Mitglied ohne Zuteilung.</translation>
    </message>
</context>
<context>
    <name>RealmExportReader</name>
    <message>
        <location filename="../src/keycloak/RealmExportReader.cpp" line="+29"/>
        <source>Use the files exactly as “kc.sh export” wrote them: a &lt;realm&gt;-realm.json file, with &lt;realm&gt;-users-&lt;N&gt;.json files beside it when users were exported to separate files.</source>
        <translation>Verwenden Sie die Dateien genau so, wie „kc.sh export“ sie geschrieben hat: eine Datei &lt;realm&gt;-realm.json, daneben Dateien &lt;realm&gt;-users-&lt;N&gt;.json, wenn Benutzer in eigene Dateien exportiert wurden.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The realm export “%1” cannot be read.</source>
        <translation>Der Realm-Export „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path and that this account may read the file.</source>
        <translation>Prüfen Sie den Pfad und ob dieses Konto die Datei lesen darf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>The realm export “%1” is larger than 1 GB.</source>
        <translation>Der Realm-Export „%1“ ist größer als 1 GB.</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>Export the users into several files (kc.sh export --users different_files).</source>
        <translation>Exportieren Sie die Benutzer in mehrere Dateien (kc.sh export --users different_files).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The realm export “%1” is not valid JSON.</source>
        <translation>Der Realm-Export „%1“ ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at line %2, column %3.</source>
        <translation>%1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>The realm export “%1” does not exist.</source>
        <translation>Der Realm-Export „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The realm export “%1” is a symbolic link that leads nowhere.</source>
        <translation>Der Realm-Export „%1“ ist ein symbolischer Link, der ins Leere führt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It points at “%1”, which does not exist, or the links form a loop.</source>
        <translation>Er zeigt auf „%1“, das es nicht gibt, oder die Links bilden eine Schleife.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the path of the export file itself.</source>
        <translation>Geben Sie den Pfad der Exportdatei selbst an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a plain file (it is a folder, a pipe, a device or a socket), so it is not read.</source>
        <translation>„%1“ ist keine gewöhnliche Datei (sondern ein Ordner, eine Pipe, ein Gerät oder ein Socket) und wird daher nicht gelesen.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The folder “%1” holds no realm file (&lt;realm&gt;-realm.json).</source>
        <translation>Der Ordner „%1“ enthält keine Realm-Datei (&lt;realm&gt;-realm.json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder “%1” holds several realm files; say which realm to read.</source>
        <translation>Der Ordner „%1“ enthält mehrere Realm-Dateien; geben Sie an, welcher Realm gelesen werden soll.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The realm export “%1” holds several realms; say which one to read.</source>
        <translation>Der Realm-Export „%1“ enthält mehrere Realms; geben Sie an, welcher gelesen werden soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The realm export “%1” has no realm “%2”.</source>
        <translation>Der Realm-Export „%1“ hat keinen Realm „%2“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Realms in the file: %1</source>
        <translation>Realms in der Datei: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a Keycloak realm export: it names no realm.</source>
        <translation>„%1“ ist kein Keycloak-Realm-Export: Er nennt keinen Realm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is the export of realm “%2”, not “%3”.</source>
        <translation>„%1“ ist der Export des Realms „%2“, nicht „%3“.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“%1” is not a users file of realm “%2”.</source>
        <translation>„%1“ ist keine Benutzerdatei des Realms „%2“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In “%1”, “users” is not a list.</source>
        <translation>In „%1“ ist „users“ keine Liste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, user number %2</source>
        <translation>%1, Benutzer Nummer %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The realm export has something else than a user in its list of users.</source>
        <translation>Der Realm-Export enthält in seiner Benutzerliste etwas anderes als einen Benutzer.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n user(s) appear more than once in the export (the same id); only the first of each was read: %1</source>
        <translation>
            <numerusform>%n Benutzer kommt mehrfach im Export vor (dieselbe ID); nur der erste wurde gelesen: %1</numerusform>
            <numerusform>%n Benutzer kommen mehrfach im Export vor (dieselbe ID); jeweils nur der erste wurde gelesen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The realm export of “%1” contains no users.</source>
        <translation>Der Realm-Export von „%1“ enthält keine Benutzer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read: %1</source>
        <translation>Gelesen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export again with users: kc.sh export --dir &lt;folder&gt; --realm %1 (users go into separate files by default) or --users realm_file. The admin console&apos;s partial export never includes users.</source>
        <translation>Exportieren Sie erneut mit Benutzern: kc.sh export --dir &lt;ordner&gt; --realm %1 (Benutzer kommen standardmäßig in eigene Dateien) oder --users realm_file. Der partielle Export der Admin-Konsole enthält nie Benutzer.</translation>
    </message>
</context>
<context>
    <name>RoleRules</name>
    <message>
        <location filename="../src/core/RoleRules.cpp" line="+22"/>
        <source>Cannot revoke last admin - system must have at least one admin</source>
        <translation>Der letzte Admin kann nicht entzogen werden – das System muss mindestens einen Admin haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot revoke last super admin - system must have at least one super admin</source>
        <translation>Der letzte Super-Admin kann nicht entzogen werden – das System muss mindestens einen Super-Admin haben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot deactivate last admin - system must have at least one admin</source>
        <translation>Der letzte Admin kann nicht deaktiviert werden – das System muss mindestens einen Admin haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot deactivate last super admin - system must have at least one super admin</source>
        <translation>Der letzte Super-Admin kann nicht deaktiviert werden – das System muss mindestens einen Super-Admin haben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot revoke own admin status</source>
        <translation>Der eigene Admin-Status kann nicht entzogen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot revoke own super admin status</source>
        <translation>Der eigene Super-Admin-Status kann nicht entzogen werden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No fields to update</source>
        <translation>Keine Felder zu aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Only platform administrators can change users.</source>
        <translation>Nur Plattformadministratoren können Benutzer ändern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot reactivate user. Reactivation is not supported.</source>
        <translation>Der Benutzer kann nicht reaktiviert werden. Reaktivierung wird nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User is deactivated</source>
        <translation>Der Benutzer ist deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deactivated user cannot be changed.</source>
        <translation>Ein deaktivierter Benutzer kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The maintainer role needs platform 2.23 or later</source>
        <translation>Die Maintainer-Rolle erfordert Plattform 2.23 oder neuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no maintainer column.</source>
        <translation>Diese Datenbank hat keine Maintainer-Spalte.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+6"/>
        <source>Maintainers must also be admins</source>
        <translation>Maintainer müssen auch Admins sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the Maintainer role off first.</source>
        <translation>Schalten Sie zuerst die Maintainer-Rolle aus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only maintainers can modify admin or maintainer roles</source>
        <translation>Nur Maintainer können Admin- oder Maintainer-Rollen ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact a maintainer to request platform role changes</source>
        <translation>Wenden Sie sich an einen Maintainer, um Änderungen an Plattformrollen zu beantragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No maintainer exists yet. Granting the first Maintainer role makes %1 a maintainer and an admin; from then on only maintainers can change platform roles.</source>
        <translation>Es gibt noch keinen Maintainer. Die erste Vergabe der Maintainer-Rolle macht %1 zum Maintainer und Admin; danach können nur noch Maintainer Plattformrollen ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform&apos;s documentation does this step by hand in SQL; the console does the same update in one audited transaction.</source>
        <translation>Die Dokumentation der Plattform beschreibt diesen Schritt als manuelles SQL; die Konsole führt dieselbe Änderung in einer protokollierten Transaktion aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm to continue.</source>
        <translation>Bestätigen Sie, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>You cannot deactivate your own account</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask another administrator to do it.</source>
        <translation>Bitten Sie einen anderen Administrator darum.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invalid user_type</source>
        <translation>Ungültiger user_type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user_type must be either &apos;regular&apos; or &apos;external&apos;</source>
        <translation>user_type muss entweder &apos;regular&apos; oder &apos;external&apos; sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid project_limit: must be non-negative integer or NULL</source>
        <translation>Ungültiges project_limit: muss eine nicht negative ganze Zahl oder NULL sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Super admins cannot modify their own project limit (always unlimited)</source>
        <translation>Super-Admins können ihr eigenes Projektlimit nicht ändern (immer unbegrenzt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only admins can have unlimited project_limit (NULL)</source>
        <translation>Nur Admins können ein unbegrenztes project_limit (NULL) haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only super admins can have unlimited project_limit (NULL)</source>
        <translation>Nur Super-Admins können ein unbegrenztes project_limit (NULL) haben</translation>
    </message>
</context>
<context>
    <name>RuntimeInventory</name>
    <message>
        <location filename="../src/cli/RuntimeInventory.cpp" line="+30"/>
        <source>the driver does not load</source>
        <translation>der Treiber lässt sich nicht laden</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The Qt SQL driver %1 is missing or does not load: the console cannot open %2 databases. Reinstall the console, or on Debian and Ubuntu install %3.</source>
        <translation>Der Qt-SQL-Treiber %1 fehlt oder lässt sich nicht laden: Die Konsole kann keine %2-Datenbanken öffnen. Installieren Sie die Konsole neu, oder installieren Sie unter Debian und Ubuntu %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No TLS backend: the console cannot reach Keycloak over HTTPS or check a database&apos;s certificate. Reinstall the console, or install OpenSSL 3 (libssl3) and Qt&apos;s TLS plugins.</source>
        <translation>Kein TLS-Backend: Die Konsole kann Keycloak nicht über HTTPS erreichen und das Zertifikat einer Datenbank nicht prüfen. Installieren Sie die Konsole neu, oder installieren Sie OpenSSL 3 (libssl3) und die TLS-Plugins von Qt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The console&apos;s translations are missing from this build: it was built without its catalogues. Rebuild it with Qt&apos;s LinguistTools.</source>
        <translation>Diesem Build fehlen die Übersetzungen der Konsole: Er wurde ohne ihre Kataloge gebaut. Bauen Sie ihn mit den LinguistTools von Qt neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Qt platform plugin: the window cannot open (the headless commands still work). Reinstall the console, or on Debian and Ubuntu install libqt6gui6.</source>
        <translation>Kein Qt-Plattform-Plugin: Das Fenster kann sich nicht öffnen (die Befehle ohne Fenster funktionieren weiterhin). Installieren Sie die Konsole neu, oder installieren Sie unter Debian und Ubuntu libqt6gui6.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not loading: %1</source>
        <translation>nicht ladbar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL drivers: %1</source>
        <translation>SQL-Treiber: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS backend: %1</source>
        <translation>TLS-Backend: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keychain backend: %1 (QtKeychain)</source>
        <translation>Schlüsselbund: %1 (QtKeychain)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations: %1; Qt&apos;s own texts: %2</source>
        <translation>Übersetzungen: %1; Qts eigene Texte: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window platforms: %1</source>
        <translation>Fensterplattformen: %1</translation>
    </message>
</context>
<context>
    <name>SchemaInstaller</name>
    <message>
        <location filename="../src/platform/SchemaInstaller.cpp" line="+29"/>
        <source>No schema fixture for release %1.</source>
        <translation>Keine Schemavorlage für Release %1.</translation>
    </message>
</context>
<context>
    <name>SchemaProbe</name>
    <message>
        <location filename="../src/platform/SchemaProbe.cpp" line="+146"/>
        <source>The platform is upgrading its database (the migration runner holds the schema lock). Wait until the upgrade has finished, then reconnect.</source>
        <translation>Die Plattform führt ein Upgrade ihrer Datenbank durch (der Migrationslauf hält die Schemasperre). Warten Sie, bis das Upgrade abgeschlossen ist, und verbinden Sie sich dann neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database has no CodeMie users table in schema &apos;%1&apos;. Check the database name and the schema.</source>
        <translation>Diese Datenbank hat im Schema &apos;%1&apos; keine CodeMie-Benutzertabelle. Prüfen Sie Datenbankname und Schema.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database has the schema of platform 2.18 or older (column is_super_admin). Platform-managed mode needs 2.19.0 or later: upgrade the platform first, then reconnect.</source>
        <translation>Diese Datenbank hat das Schema von Plattform 2.18 oder älter (Spalte is_super_admin). Der Platform-managed-Modus erfordert 2.19.0 oder neuer: Führen Sie zuerst ein Upgrade der Plattform durch und verbinden Sie sich dann neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schema revision could not be read (no alembic_version row). Writes are disabled until the platform has completed its migrations.</source>
        <translation>Die Schema-Revision konnte nicht gelesen werden (keine Zeile in alembic_version). Schreibzugriffe sind gesperrt, bis die Plattform ihre Migrationen abgeschlossen hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schema revision %1 is newer than this console knows (it knows up to platform 2.42). Writes are disabled to protect data the console does not understand; update the console.</source>
        <translation>Die Schema-Revision %1 ist neuer, als diese Konsole kennt (sie kennt bis Plattform 2.42). Schreibzugriffe sind gesperrt, um Daten zu schützen, die die Konsole nicht versteht; aktualisieren Sie die Konsole.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schema revision %1 is not a released platform head. Writes are disabled until the platform has finished upgrading to a release.</source>
        <translation>Die Schema-Revision %1 ist kein veröffentlichter Stand der Plattform. Schreibzugriffe sind gesperrt, bis die Plattform das Upgrade auf ein Release abgeschlossen hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is read-only (a standby or read-only default). Connect to the primary server to make changes.</source>
        <translation>Der Server ist schreibgeschützt (ein Standby oder standardmäßig nur lesend). Verbinden Sie sich mit dem Primärserver, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database user %1 may read but not change users and memberships. Connect as a user with write privileges.</source>
        <translation>Der Datenbankbenutzer %1 darf Benutzer und Mitgliedschaften lesen, aber nicht ändern. Verbinden Sie sich als Benutzer mit Schreibrechten.</translation>
    </message>
</context>
<context>
    <name>SourceMapper</name>
    <message>
        <location filename="../src/migration/SourceMapper.cpp" line="+62"/>
        <source>service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled in Keycloak (use --include-disabled to import)</source>
        <translation>in Keycloak deaktiviert (zum Importieren --include-disabled verwenden)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>no e-mail in Keycloak: the username is used as e-mail</source>
        <translation>keine E-Mail in Keycloak: Der Benutzername wird als E-Mail verwendet</translation>
    </message>
</context>
<context>
    <name>UserBulkOperation</name>
    <message>
        <location filename="../src/platform/UserBulkOperation.cpp" line="+35"/>
        <source>project admin</source>
        <translation>Projekt-Admin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Assign %n user(s) to %1 as %2</source>
        <translation>
            <numerusform>%n Benutzer %1 als %2 zuweisen</numerusform>
            <numerusform>%n Benutzer %1 als %2 zuweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unassign %n user(s) from %1</source>
        <translation>
            <numerusform>Zuweisung von %n Benutzer zu %1 aufheben</numerusform>
            <numerusform>Zuweisung von %n Benutzern zu %1 aufheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Change the role of %n user(s) in %1 to %2</source>
        <translation>
            <numerusform>Rolle von %n Benutzer in %1 auf %2 ändern</numerusform>
            <numerusform>Rolle von %n Benutzern in %1 auf %2 ändern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project Admin</source>
        <translation>Projekt-Admin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deactivate %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer deaktivieren</numerusform>
            <numerusform>%n Benutzer deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1: User not found</source>
        <translation>%1: Benutzer nicht gefunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: deactivated</source>
        <translation>%1: deaktiviert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: User is not assigned to this project</source>
        <translation>%1: Der Benutzer ist diesem Projekt nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../src/platform/UserRepository.cpp" line="+340"/>
        <source>User not found</source>
        <translation>Benutzer nicht gefunden</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>%1 was changed by someone else since you opened it.</source>
        <translation>%1 wurde von jemand anderem geändert, seit Sie es geöffnet haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload the user and make the change again.</source>
        <translation>Laden Sie den Benutzer neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The acting administrator no longer exists.</source>
        <translation>Der handelnde Administrator existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>UserSearchIndex</name>
    <message>
        <location filename="../src/platform/UserSearchIndex.cpp" line="+107"/>
        <location line="+48"/>
        <location line="+38"/>
        <source>The search index needs PostgreSQL.</source>
        <translation>Der Suchindex benötigt PostgreSQL.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The table statistics could not be read.</source>
        <translation>Die Tabellenstatistik konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+26"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Too many users for the search index.</source>
        <translation>Zu viele Benutzer für den Suchindex.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too many user types for the search index.</source>
        <translation>Zu viele Benutzertypen für den Suchindex.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The search index read an inconsistent order.</source>
        <translation>Der Suchindex hat eine widersprüchliche Reihenfolge gelesen.</translation>
    </message>
</context>
<context>
    <name>codemie::AboutDialog</name>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="+75"/>
        <source>About CodeMie Admin Console</source>
        <translation>Über CodeMie Admin Console</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (erstellt mit Qt %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain does not answer, so secrets are kept for this run only: %1</source>
        <translation>Der Schlüsselbund antwortet nicht, daher werden Geheimnisse nur für diese Sitzung behalten: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;CodeMie Admin Console&lt;/b&gt;: © 2026 CodeMie Admin Console authors. All rights reserved. The project has not chosen a public licence yet; until it does, the console may be installed and used by the administrators of AI/Run CodeMie deployments and may not be redistributed.</source>
        <translation>&lt;b&gt;CodeMie Admin Console&lt;/b&gt;: © 2026 die Autoren der CodeMie Admin Console. Alle Rechte vorbehalten. Das Projekt hat noch keine öffentliche Lizenz gewählt; bis dahin dürfen die Administratoren von AI/Run-CodeMie-Installationen die Konsole installieren und verwenden, sie darf aber nicht weitergegeben werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Qt %1&lt;/b&gt;: GNU Lesser General Public License, version 3 (LGPLv3). The console uses Qt&apos;s libraries as shared libraries, which you may replace with your own build.</source>
        <translation>&lt;b&gt;Qt %1&lt;/b&gt;: GNU Lesser General Public License, Version 3 (LGPLv3). Die Konsole verwendet die Qt-Bibliotheken als gemeinsam genutzte Bibliotheken, die Sie durch einen eigenen Build ersetzen dürfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;QtKeychain&lt;/b&gt;: BSD licence (2-clause), © Frank Osterfeld and contributors.</source>
        <translation>&lt;b&gt;QtKeychain&lt;/b&gt;: BSD-Lizenz (2 Klauseln), © Frank Osterfeld und Mitwirkende.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CodeMie Admin Console</source>
        <translation>CodeMie Admin Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users, projects, budgets and the migration from Keycloak of an AI/Run CodeMie platform in Platform-managed mode.</source>
        <translation>Benutzer, Projekte, Budgets und die Migration aus Keycloak einer AI/Run-CodeMie-Plattform im plattformverwalteten Modus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This installation</source>
        <translation>Diese Installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>codemie::ActivityPage</name>
    <message>
        <location filename="../ui/activity/ActivityPage.cpp" line="+70"/>
        <location line="+1"/>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View details…</source>
        <translation>Details anzeigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+60"/>
        <source>Activity events</source>
        <translation>Aktivitätsereignisse</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Why activity events are not shown</source>
        <translation>Warum keine Aktivitätsereignisse angezeigt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User id, e-mail or &quot;system&quot;</source>
        <translation>Benutzer-ID, E-Mail oder „system“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exact id or project name</source>
        <translation>Genaue ID oder Projektname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity ID</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events up to the end of this minute</source>
        <translation>Ereignisse bis zum Ende dieser Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Domain</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event &amp;type</source>
        <translation>Ereignis&amp;typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;ntity type</source>
        <translation>Objekttyp (&amp;n)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actor</source>
        <translation>&amp;Akteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity &amp;ID</source>
        <translation>Objekt-&amp;ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sort</source>
        <translation>&amp;Sortierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o</source>
        <translation>Bis (&amp;o)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Number of matching events</source>
        <translation>Anzahl passender Ereignisse</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No values yet</source>
        <translation>Noch keine Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entity type</source>
        <translation>Objekttyp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any %1</source>
        <translation>Jeder %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1</source>
        <translation>Jeder %1</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Not connected to a platform database.</source>
        <translation>Nicht mit einer Plattformdatenbank verbunden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The database worker could not connect.</source>
        <translation>Der Hintergrundprozess konnte keine Verbindung zur Datenbank herstellen.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than %1 events match</source>
        <translation>Mehr als %1 Ereignisse passen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n event(s) match</source>
        <translation>
            <numerusform>%n Ereignis passt</numerusform>
            <numerusform>%n Ereignisse passen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 events shown, counting…</source>
        <translation>%1 Ereignisse angezeigt, wird gezählt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Activity event %1</source>
        <translation>Aktivitätsereignis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2
Actor: %3</source>
        <translation>%1 — %2
Akteur: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The whole event as JSON</source>
        <translation>Das ganze Ereignis als JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export activity events</source>
        <translation>Aktivitätsereignisse exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cancelling…</source>
        <translation>wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>exporting…</source>
        <translation>wird exportiert…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+22"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Choose another folder or file name.</source>
        <translation>Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 exported…</source>
        <translation>%1 exportiert…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check the disk space and the folder&apos;s permissions, then export again.</source>
        <translation>Prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners und exportieren Sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>codemie::ActivityTableModel</name>
    <message>
        <location filename="../ui/activity/ActivityTableModel.cpp" line="+67"/>
        <location line="+80"/>
        <source>The database worker could not connect.</source>
        <translation>Der Hintergrundprozess konnte keine Verbindung zur Datenbank herstellen.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No acting user: the platform itself</source>
        <translation>Kein handelnder Benutzer: die Plattform selbst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User id %1</source>
        <translation>Benutzer-ID %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No attributes</source>
        <translation>Keine Attribute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Double-click or press Enter for the whole event.</source>
        <translation>%1
Doppelklick oder Eingabetaste zeigt das ganze Ereignis.</translation>
    </message>
</context>
<context>
    <name>codemie::ApplyPage</name>
    <message>
        <location filename="../ui/migration/MigrationWizard.cpp" line="+1171"/>
        <source>Stop after this batch</source>
        <translation>Nach diesem Stapel anhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+107"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Stopping after the batch in progress; nothing is left half-written.</source>
        <translation>Wird nach dem laufenden Stapel angehalten; nichts bleibt halb geschrieben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The plan writes nothing: %1 is already up to date with the source.</source>
        <translation>Der Plan schreibt nichts: %1 ist bereits auf dem Stand der Quelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to apply</source>
        <translation>Nichts anzuwenden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Apply the migration?</source>
        <translation>Migration anwenden?</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Ready to write into %1. Changes: %2. Each batch of users is one transaction; a stop or a lost connection leaves no user half-written, and starting the wizard again finishes the job.</source>
        <translation>Bereit, in %1 zu schreiben. Änderungen: %2. Jeder Stapel von Benutzern ist eine Transaktion; ein Anhalten oder eine verlorene Verbindung lässt keinen Benutzer halb geschrieben zurück, und ein erneuter Start des Assistenten beendet die Arbeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Write into %1? Changes: %2.</source>
        <translation>In %1 schreiben? Änderungen: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users and memberships are written in batches. Keycloak is not changed.</source>
        <translation>Benutzer und Mitgliedschaften werden in Stapeln geschrieben. Keycloak wird nicht verändert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 of %2 users, %3 users/s, about %4 s left</source>
        <translation>%1 von %2 Benutzern, %3 Benutzer/s, noch etwa %4 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: %1 of %2 users</source>
        <translation>Geschrieben: %1 von %2 Benutzern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;The migration stopped:&lt;/b&gt; %1&lt;br&gt;Nothing of the batch in progress was written. Mend the cause and start the wizard again: it plans only what is left.</source>
        <translation>&lt;b&gt;Die Migration wurde angehalten:&lt;/b&gt; %1&lt;br&gt;Vom laufenden Stapel wurde nichts geschrieben. Beheben Sie die Ursache und starten Sie den Assistenten erneut: Er plant nur, was noch fehlt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Stopped before the end.&lt;/b&gt; What was written is whole; start the wizard again to finish. Next verifies and saves the report.</source>
        <translation>&lt;b&gt;Vor dem Ende angehalten.&lt;/b&gt; Was geschrieben wurde, ist vollständig; starten Sie den Assistenten erneut, um abzuschließen. „Weiter“ prüft und speichert den Bericht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Done.&lt;/b&gt; Next verifies the result and saves the report.</source>
        <translation>&lt;b&gt;Fertig.&lt;/b&gt; „Weiter“ prüft das Ergebnis und speichert den Bericht.</translation>
    </message>
</context>
<context>
    <name>codemie::BudgetAssigneeModel</name>
    <message>
        <location filename="../ui/budgets/BudgetModels.cpp" line="+275"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project member</source>
        <translation>Projektmitglied</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ★ override</source>
        <translation>%1 ★ manuell festgelegt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This member has a fixed (manually overridden) allocation.</source>
        <translation>Dieses Mitglied hat eine feste (manuell festgelegte) Zuteilung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend in the current budget period, as last collected by the platform (nightly)</source>
        <translation>Ausgaben im laufenden Budgetzeitraum, wie zuletzt von der Plattform erfasst (nächtlich)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current spend</source>
        <translation>Aktuelle Ausgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allocation</source>
        <translation>Zuteilung</translation>
    </message>
</context>
<context>
    <name>codemie::BudgetListModel</name>
    <message>
        <location line="-236"/>
        <source>%1
Project %2</source>
        <translation>%1
Projekt %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
Soft %2</source>
        <translation>%1
Weich %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hard limit %1 (blocks requests); soft limit %2 (warns)</source>
        <translation>Hartes Limit %1 (blockiert Anfragen); weiches Limit %2 (warnt)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Budget ID</source>
        <translation>Budget-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Zurücksetzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>codemie::BudgetsPage</name>
    <message>
        <location filename="../ui/budgets/BudgetsPage.cpp" line="+67"/>
        <source>Show spend &amp;over time</source>
        <translation>&amp;Ausgaben im Zeitverlauf zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Budgets not available</source>
        <translation>Budgets nicht verfügbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: the platform applies budget changes through its API and LLM proxy, which enforces them. Spend is collected nightly, so it can be up to a day behind.</source>
        <translation>Schreibgeschützt: Die Plattform übernimmt Budgetänderungen über ihre API und ihren LLM-Proxy, der sie durchsetzt. Ausgaben werden nächtlich erfasst und können daher bis zu einen Tag zurückliegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only notice</source>
        <translation>Hinweis: schreibgeschützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global budgets</source>
        <translation>Globale Budgets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project budgets</source>
        <translation>Projektbudgets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global and project budgets</source>
        <translation>Globale und Projektbudgets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget type</source>
        <translation>Budgetart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by budget ID or name</source>
        <translation>Nach Budget-ID oder Name suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search budgets</source>
        <translation>Budgets durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ategory</source>
        <translation>K&amp;ategorie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Budget list status</source>
        <translation>Status der Budgetliste</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+258"/>
        <source>Select a budget to see who it is assigned to and its spend.</source>
        <translation>Wählen Sie ein Budget, um zu sehen, wem es zugewiesen ist und was ausgegeben wurde.</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Current spend</source>
        <translation>Aktuelle Ausgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why budgets cannot be edited here</source>
        <translation>Warum Budgets hier nicht bearbeitet werden können</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Edit here: the platform applies budget changes through its API and LLM proxy, which enforce them; a row changed by this console would show a limit nobody enforces. Change budgets in the CodeMie web UI (Settings → Administration → Budgets) or with the platform&apos;s /v1/admin/budgets API.</source>
        <translation>Keine Bearbeitung hier: Die Plattform übernimmt Budgetänderungen über ihre API und ihren LLM-Proxy, die sie durchsetzen; eine von dieser Konsole geänderte Zeile würde ein Limit zeigen, das niemand durchsetzt. Ändern Sie Budgets in der CodeMie-Weboberfläche (Einstellungen → Administration → Budgets) oder über die API /v1/admin/budgets der Plattform.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget assignments</source>
        <translation>Budgetzuweisungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chart of the selected user or project (double-click a row)</source>
        <translation>Das Diagramm des gewählten Benutzers oder Projekts (Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Budgets</source>
        <translation>&amp;Budgets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend over &amp;time</source>
        <translation>Ausgaben im &amp;Zeitverlauf</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+95"/>
        <source>%n budget(s) shown</source>
        <translation>
            <numerusform>%n Budget angezeigt</numerusform>
            <numerusform>%n Budgets angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+20"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Budgets are not shown: this database has no budget tables (%1; budgets arrive with platform 2.23).</source>
        <translation>Budgets werden nicht angezeigt: Diese Datenbank hat keine Budgettabellen (%1; Budgets gibt es ab Plattform 2.23).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading budgets…</source>
        <translation>Budgets werden geladen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not read the budgets: %1</source>
        <translation>Die Budgets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database worker could not connect.</source>
        <translation>der Hintergrundprozess konnte keine Verbindung zur Datenbank herstellen.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard limit %1, soft limit %2</source>
        <translation>Hartes Limit %1, weiches Limit %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project budget of %1</source>
        <translation>Projektbudget von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the current spend…</source>
        <translation>Aktuelle Ausgaben werden gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the assignments…</source>
        <translation>Zuweisungen werden gelesen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database worker could not connect.</source>
        <translation>Der Hintergrundprozess konnte keine Verbindung zur Datenbank herstellen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current spend: none recorded for this budget.</source>
        <translation>Aktuelle Ausgaben: Für dieses Budget ist nichts erfasst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current spend: %1 of %2 (%3 %), as of %4.</source>
        <translation>Aktuelle Ausgaben: %1 von %2 (%3 %), Stand %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current spend: %1 in total, as of %2 (users with spend: %3). Each user has the %4 limit to themselves; the highest spend is %5 (%6 %).</source>
        <translation>Aktuelle Ausgaben: insgesamt %1, Stand %2 (Benutzer mit Ausgaben: %3). Jeder Benutzer hat das Limit von %4 für sich; die höchsten Ausgaben sind %5 (%6 %).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>users: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>projects: %1</source>
        <translation>Projekte: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>project member allocations: %1</source>
        <translation>Zuteilungen an Projektmitglieder: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not assigned to anyone.</source>
        <translation>Niemandem zugewiesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to %1.</source>
        <translation>Zugewiesen an %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>codemie::BulkActionDialog</name>
    <message>
        <location filename="../ui/users/BulkActionDialog.cpp" line="+42"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a project name</source>
        <translation>Teil eines Projektnamens eingeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project Admin</source>
        <translation>Projekt-Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Assign %n selected user(s) to a project</source>
        <translation>
            <numerusform>%n ausgewählten Benutzer einem Projekt zuweisen</numerusform>
            <numerusform>%n ausgewählte Benutzer einem Projekt zuweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unassign %n selected user(s) from a project</source>
        <translation>
            <numerusform>Zuweisung von %n ausgewähltem Benutzer zu einem Projekt aufheben</numerusform>
            <numerusform>Zuweisung von %n ausgewählten Benutzern zu einem Projekt aufheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Change the project role of %n selected user(s)</source>
        <translation>
            <numerusform>Projektrolle von %n ausgewähltem Benutzer ändern</numerusform>
            <numerusform>Projektrolle von %n ausgewählten Benutzern ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deactivate %n selected user(s)</source>
        <translation>
            <numerusform>%n ausgewählten Benutzer deaktivieren</numerusform>
            <numerusform>%n ausgewählte Benutzer deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assign Users to Project?</source>
        <translation>Benutzer dem Projekt zuweisen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassign Users from Project?</source>
        <translation>Zuweisung der Benutzer zum Projekt aufheben?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change User Role?</source>
        <translation>Benutzerrolle ändern?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate Users?</source>
        <translation>Benutzer deaktivieren?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1? Deactivation cannot be undone.</source>
        <translation>%1? Die Deaktivierung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Project is required</source>
        <translation>Ein Projekt ist erforderlich</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Project not found</source>
        <translation>Projekt nicht gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot modify membership of a personal project</source>
        <translation>Die Mitgliedschaft in einem persönlichen Projekt kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking up the project…</source>
        <translation>Projekt wird gesucht…</translation>
    </message>
</context>
<context>
    <name>codemie::CostCenterEditDialog</name>
    <message>
        <location filename="../ui/costcenters/CostCenterEditDialog.cpp" line="+22"/>
        <source>Create cost center</source>
        <translation>Kostenstelle anlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit cost center</source>
        <translation>Kostenstelle bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cost center name</source>
        <translation>Name der Kostenstelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lowercase letters and digits, two parts joined by one hyphen (the platform&apos;s COST_CENTER_NAME_PATTERN).</source>
        <translation>Kleinbuchstaben und Ziffern, zwei Teile mit einem Bindestrich verbunden (COST_CENTER_NAME_PATTERN der Plattform).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cost center &amp;name</source>
        <translation>&amp;Name der Kostenstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>codemie::CostCenterProjectsDialog</name>
    <message>
        <location filename="../ui/costcenters/CostCenterProjectsDialog.cpp" line="+31"/>
        <source>Assign projects to %1</source>
        <translation>Projekte %1 zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Search projects</source>
        <translation>Projekte suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A project belongs to one cost center: ticking a project that is in another one moves it here.</source>
        <translation>Ein Projekt gehört zu einer Kostenstelle: Wer ein Projekt einer anderen Kostenstelle ankreuzt, verschiebt es hierher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>Assign</source>
        <translation>Zuordnen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Assign %n project(s)</source>
        <translation>
            <numerusform>%n Projekt zuordnen</numerusform>
            <numerusform>%n Projekte zuordnen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database worker could not connect.</source>
        <translation>Der Hintergrundprozess konnte keine Verbindung zur Datenbank herstellen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>now in %1</source>
        <translation>derzeit in %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No other active project matches.</source>
        <translation>Kein weiteres aktives Projekt passt.</translation>
    </message>
</context>
<context>
    <name>codemie::CostCentersPage</name>
    <message>
        <location filename="../ui/costcenters/CostCentersPage.cpp" line="+30"/>
        <source>&amp;New cost center…</source>
        <translation>&amp;Neue Kostenstelle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Assign projects…</source>
        <translation>Projekte &amp;zuordnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from cost center</source>
        <translation>Aus Kostenstelle &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show activity</source>
        <translation>Aktivität anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <location line="+268"/>
        <source>Cost centers</source>
        <translation>Kostenstellen</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Why cost centers are not shown</source>
        <translation>Warum keine Kostenstellen angezeigt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by name or description</source>
        <translation>Nach Name oder Beschreibung suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cost centers</source>
        <translation>Kostenstellen suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Projects in the selected cost center</source>
        <translation>Projekte der ausgewählten Kostenstelle</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cost center status</source>
        <translation>Status der Kostenstellen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not connected to a platform database.</source>
        <translation>Nicht mit einer Plattformdatenbank verbunden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The database worker could not connect.</source>
        <translation>Der Hintergrundprozess konnte keine Verbindung zur Datenbank herstellen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No cost centers yet. Create the first with New cost center.</source>
        <translation>Noch keine Kostenstellen. Legen Sie die erste mit „Neue Kostenstelle“ an.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cost center(s)</source>
        <translation>
            <numerusform>%n Kostenstelle</numerusform>
            <numerusform>%n Kostenstellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Projects in %1</source>
        <translation>Projekte in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a cost center to see its projects.</source>
        <translation>Wählen Sie eine Kostenstelle, um ihre Projekte zu sehen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cost center %1 created.</source>
        <translation>Kostenstelle %1 angelegt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cost center %1 saved.</source>
        <translation>Kostenstelle %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Cost Center?</source>
        <translation>Kostenstelle löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the cost center %1? This action cannot be undone.</source>
        <translation>Die Kostenstelle %1 löschen? Diese Aktion kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost center %1 deleted.</source>
        <translation>Kostenstelle %1 gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n project(s) assigned to %1.</source>
        <translation>
            <numerusform>%n Projekt %1 zugeordnet.</numerusform>
            <numerusform>%n Projekte %1 zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n project(s) removed from %1.</source>
        <translation>
            <numerusform>%n Projekt aus %1 entfernt.</numerusform>
            <numerusform>%n Projekte aus %1 entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::FilterChipBar</name>
    <message>
        <location filename="../ui/common/FilterChipBar.cpp" line="+13"/>
        <source>Active filters</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
</context>
<context>
    <name>codemie::FinishPage</name>
    <message>
        <location filename="../ui/migration/MigrationWizard.cpp" line="+185"/>
        <source>Grant the Maintainer role</source>
        <translation>Maintainer-Rolle vergeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make Maintainer</source>
        <translation>Zum Maintainer machen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish the deployment</source>
        <translation>Bereitstellung abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings the platform needs next. Copy each block into your Helm values or terminal.</source>
        <translation>Die Einstellungen, die die Plattform als Nächstes benötigt. Kopieren Sie jeden Block in Ihre Helm-Values oder Ihr Terminal.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type part of an e-mail or name</source>
        <translation>Teil einer E-Mail-Adresse oder eines Namens eingeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform&apos;s guide grants the first Maintainer by hand in SQL. Here it is done with the Users page&apos;s rules: the user becomes Admin and Maintainer together, and on 2.40+ an audit row names the administrator chosen on the Target page.</source>
        <translation>Die Anleitung der Plattform vergibt den ersten Maintainer von Hand in SQL. Hier geschieht es nach den Regeln der Seite „Benutzer“: Der Benutzer wird zugleich Admin und Maintainer, und ab 2.40 nennt ein Audit-Eintrag den auf der Zielseite gewählten Administrator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Acting as %1.</source>
        <translation>Handelnd als %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not available: %1</source>
        <translation>✗ Nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (deactivated)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (Maintainer)</source>
        <translation>%1 (Maintainer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (Admin)</source>
        <translation>%1 (Admin)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>✗ The users could not be read: %1</source>
        <translation>✗ Die Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No user matches “%1”.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users found: %1. Choose one.</source>
        <translation>Gefundene Benutzer: %1. Wählen Sie einen aus.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Active administrators and maintainers, who can open Settings → Administration: %1.</source>
        <translation>Aktive Administratoren und Maintainer, die Einstellungen → Administration öffnen können: %1.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Granting the Maintainer role to %1…</source>
        <translation>Maintainer-Rolle wird an %1 vergeben …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Grant the first Maintainer role?</source>
        <translation>Die erste Maintainer-Rolle vergeben?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant Maintainer</source>
        <translation>Maintainer-Rolle vergeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ %1 is now a Maintainer.</source>
        <translation>✓ %1 ist jetzt Maintainer.</translation>
    </message>
</context>
<context>
    <name>codemie::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+57"/>
        <source>CodeMie Admin Console</source>
        <translation>CodeMie Admin Console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administration sections</source>
        <translation>Verwaltungsbereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Activity events</source>
        <translation>Aktivitätsereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost centers</source>
        <translation>Kostenstellen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read-only notice</source>
        <translation>Hinweis: schreibgeschützt</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CodeMie Admin Console</source>
        <translation>Ü&amp;ber CodeMie Admin Console</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform-managed mode &amp;documentation</source>
        <translation>&amp;Dokumentation zum plattformverwalteten Modus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No web browser could be opened. The documentation of Platform-managed mode is at:
%1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Die Dokumentation zum plattformverwalteten Modus finden Sie unter:
%1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No keychain is available, so secrets cannot be remembered: %1 Secrets you type are kept for this run only.</source>
        <translation>Kein Schlüsselbund verfügbar, daher können Geheimnisse nicht gespeichert werden: %1 Eingegebene Geheimnisse bleiben nur für diesen Lauf erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected. Use File → Connection profiles to open a platform database.</source>
        <translation>Nicht verbunden. Öffnen Sie mit Datei → Verbinden… eine Plattformdatenbank.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema revision %1</source>
        <translation>Schema-Revision %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acting as %1 (%2)</source>
        <translation>Handelnd als %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No acting administrator</source>
        <translation>Kein handelnder Administrator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+42"/>
        <source>Could not connect</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 — CodeMie Admin Console</source>
        <translation>%1 — CodeMie Admin Console</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Connect to the profile %1?</source>
        <translation>Mit dem Profil %1 verbinden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: %1
Acting as: %2</source>
        <translation>Server: %1
Handelnd als: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another…</source>
        <translation>Anderes wählen…</translation>
    </message>
</context>
<context>
    <name>codemie::MemberAllocationModel</name>
    <message>
        <location filename="../ui/projects/MemberAllocationModel.cpp" line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>★ Fixed (override)</source>
        <translation>★ Fest (überschrieben)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equal share</source>
        <translation>Gleicher Anteil</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A fixed (manually overridden) allocation.</source>
        <translation>Eine feste (manuell überschriebene) Zuteilung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed (manually overridden) allocation: %1</source>
        <translation>Eine feste (manuell überschriebene) Zuteilung: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend / allocation</source>
        <translation>Ausgaben / Zuteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soft limit</source>
        <translation>Weiche Grenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allocation</source>
        <translation>Zuteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>codemie::MemberImportDialog</name>
    <message>
        <location filename="../ui/projects/MemberImportDialog.cpp" line="+34"/>
        <source>&amp;Choose CSV file…</source>
        <translation>CSV-Datei &amp;wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save template…</source>
        <translation>Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Users to project %1</source>
        <translation>Benutzer in Projekt %1 importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upload a CSV file to add multiple users at once. Each row should include user&apos;s email and optionally a role.</source>
        <translation>Laden Sie eine CSV-Datei hoch, um mehrere Benutzer auf einmal hinzuzufügen. Jede Zeile sollte die E-Mail des Benutzers und optional eine Rolle enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make sure your CSV includes at least one column named &lt;b&gt;email&lt;/b&gt;. You can also include a &lt;b&gt;role&lt;/b&gt; column (user/project_admin; empty means user). At most 1,000 rows and 5 MB, UTF-8 (with or without a byte-order mark). Users must already exist in the platform. Members already in the project get the role of their row.</source>
        <translation>Ihre CSV-Datei muss mindestens eine Spalte namens &lt;b&gt;email&lt;/b&gt; enthalten. Sie kann auch eine Spalte &lt;b&gt;role&lt;/b&gt; enthalten (user/project_admin; leer bedeutet user). Höchstens 1.000 Zeilen und 5 MB, UTF-8 (mit oder ohne Byte-Order-Mark). Die Benutzer müssen in der Plattform bereits existieren. Mitglieder, die schon im Projekt sind, erhalten die Rolle aus ihrer Zeile.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a CSV file to import</source>
        <translation>CSV-Datei zum Importieren wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a template CSV file</source>
        <translation>Eine CSV-Vorlagedatei speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+250"/>
        <location line="+7"/>
        <source>Drop a CSV file here
or choose one with the button below</source>
        <translation>CSV-Datei hier ablegen
oder mit der Schaltfläche unten auswählen</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Drop zone for a CSV file</source>
        <translation>Ablagefläche für eine CSV-Datei</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File summary</source>
        <translation>Dateiübersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error notice</source>
        <translation>Fehlerhinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An error has been detected in your CSV file. Please fix it and upload the file again.</source>
        <translation>In Ihrer CSV-Datei wurde ein Fehler gefunden. Bitte korrigieren Sie ihn und laden Sie die Datei erneut hoch.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>user (default)</source>
        <translation>user (Standard)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to choosing a file</source>
        <translation>Zurück zur Dateiauswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the rows</source>
        <translation>Die Zeilen importieren</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The file has been imported.</source>
        <translation>Die Datei wurde importiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row must be valid: fix the rows marked in red and choose the file again.</source>
        <translation>Jede Zeile muss gültig sein: Korrigieren Sie die rot markierten Zeilen und wählen Sie die Datei erneut aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The template could not be saved to %1.</source>
        <translation>Die Vorlage konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template saved to %1.</source>
        <translation>Vorlage unter %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %n row(s) for project &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Zeile für Projekt &lt;b&gt;%2&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Zeilen für Projekt &lt;b&gt;%2&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all valid.</source>
        <translation>alle gültig.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n with errors.</source>
        <translation>
            <numerusform>%n mit Fehlern.</numerusform>
            <numerusform>%n mit Fehlern.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Release to read the file</source>
        <translation>Loslassen, um die Datei zu lesen</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Users imported successfully! %n users added</source>
        <translation>
            <numerusform>Benutzer erfolgreich importiert! %n Benutzer hinzugefügt</numerusform>
            <numerusform>Benutzer erfolgreich importiert! %n Benutzer hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1, %2).</source>
        <comment>import summary: roles changed, rows already as in the file</comment>
        <translation>(%1, %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n role(s) changed</source>
        <translation>
            <numerusform>%n Rolle geändert</numerusform>
            <numerusform>%n Rollen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already as in the file</source>
        <translation>
            <numerusform>%n bereits wie in der Datei</numerusform>
            <numerusform>%n bereits wie in der Datei</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::MemberImportPreviewModel</name>
    <message>
        <location filename="../ui/projects/MemberImportPreviewModel.cpp" line="+55"/>
        <source>Will be added as project admin</source>
        <translation>Wird als Projekt-Admin hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will be added as user</source>
        <translation>Wird als Benutzer hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member: role changes to project admin</source>
        <translation>Mitglied: Rolle wird zu Projekt-Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member: role changes to user</source>
        <translation>Mitglied: Rolle wird zu Benutzer</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>Already a member with this role</source>
        <translation>Bereits Mitglied mit dieser Rolle</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Added as project admin</source>
        <translation>Als Projekt-Admin hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added as user</source>
        <translation>Als Benutzer hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role changed to project admin</source>
        <translation>Rolle zu Projekt-Admin geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role changed to user</source>
        <translation>Rolle zu Benutzer geändert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>user (default)</source>
        <translation>user (Standard)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 (line %2 of the file): %3</source>
        <translation>Zeile %1 (Zeile %2 der Datei): %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>codemie::MigrationPage</name>
    <message>
        <location filename="../ui/migration/MigrationPage.cpp" line="+30"/>
        <source>&amp;Start migration…</source>
        <translation>Migration &amp;starten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open report…</source>
        <translation>&amp;Bericht öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migration from Keycloak</source>
        <translation>Migration aus Keycloak</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users written</source>
        <translation>Geschriebene Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects created</source>
        <translation>Angelegte Projekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Migration runs saved by this console</source>
        <translation>Von dieser Konsole gespeicherte Migrationsläufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For pipelines, the same migration runs headless: &lt;code&gt;codemie-admin migrate --from-export realm.json --profile NAME --apply --verify --report report.json&lt;/code&gt; (or --keycloak-url, --realm and --client-id with KEYCLOAK_ADMIN_CLIENT_SECRET for a live Keycloak).</source>
        <translation>Für Pipelines läuft dieselbe Migration ohne Oberfläche: &lt;code&gt;codemie-admin migrate --from-export realm.json --profile NAME --apply --verify --report report.json&lt;/code&gt; (oder --keycloak-url, --realm und --client-id mit KEYCLOAK_ADMIN_CLIENT_SECRET für ein laufendes Keycloak).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Runs saved by this console:</source>
        <translation>Von dieser Konsole gespeicherte Läufe:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a platform database to see whether it was migrated.</source>
        <translation>Verbinden Sie sich mit einer Plattformdatenbank, um zu sehen, ob sie migriert wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a platform database first.</source>
        <translation>Verbinden Sie sich zuerst mit einer Plattformdatenbank.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The migration cannot start: %1</source>
        <translation>Die Migration kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the database…</source>
        <translation>Datenbank wird gelesen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The database could not be read.</source>
        <translation>Die Datenbank konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 users in the database, %2 of them from Keycloak (auth_source keycloak).</source>
        <translation>%1 Benutzer in der Datenbank, davon %2 aus Keycloak (auth_source keycloak).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 audit rows of a console migration, the last on %2.</source>
        <translation>%1 Audit-Einträge einer Konsolenmigration, der letzte am %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No audit rows of a console migration.</source>
        <translation>Keine Audit-Einträge einer Konsolenmigration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This platform release keeps no audit rows (they arrive with 2.40).</source>
        <translation>Dieses Plattform-Release führt keine Audit-Einträge (sie kommen mit 2.40).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(plan only)</source>
        <translation>(nur Plan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, differences: %1</source>
        <translation>, Abweichungen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source># Migration report

The readable page of this report is missing; the JSON report is %1.</source>
        <translation># Migrationsbericht

Die lesbare Seite dieses Berichts fehlt; der JSON-Bericht ist %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migration report — %1</source>
        <translation>Migrationsbericht — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON report: %1</source>
        <translation>JSON-Bericht: %1</translation>
    </message>
</context>
<context>
    <name>codemie::MigrationWizard</name>
    <message>
        <location filename="../ui/migration/MigrationWizard.cpp" line="+50"/>
        <source>Migrate from Keycloak</source>
        <translation>Aus Keycloak migrieren</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Stop the migration?</source>
        <translation>Migration anhalten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A batch is being written. Stop after it and close? What was written stays whole; starting the wizard again finishes the job.</source>
        <translation>Ein Stapel wird gerade geschrieben. Danach anhalten und schließen? Was geschrieben wurde, bleibt vollständig; ein erneuter Start des Assistenten schließt die Arbeit ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the step in progress and close? Nothing has been written.</source>
        <translation>Den laufenden Schritt abbrechen und schließen? Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop and close</source>
        <translation>Anhalten und schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep going</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+11"/>
        <source>The plan could not be written to %1.</source>
        <translation>Der Plan konnte nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>codemie::OptionsPage</name>
    <message>
        <location line="-1216"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;disabled Keycloak users too</source>
        <translation>Auch &amp;deaktivierte Keycloak-Benutzer importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none: nobody becomes an administrator</source>
        <translation>keine: niemand wird Administrator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only adds: missing users, projects and memberships are created and project-admin rights are raised; nothing that exists is changed or removed.</source>
        <translation>Nur hinzufügen: Fehlende Benutzer, Projekte und Mitgliedschaften werden angelegt und Projektadministratorrechte erhöht; nichts Vorhandenes wird geändert oder entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Makes each user&apos;s shared-project memberships, roles and identity exactly what Keycloak says: memberships Keycloak does not list are removed.</source>
        <translation>Gleicht die Mitgliedschaften in gemeinsamen Projekten, die Rollen und die Identität jedes Benutzers exakt an Keycloak an: Mitgliedschaften, die Keycloak nicht aufführt, werden entfernt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Realm role whose members become &amp;administrators:</source>
        <translation>Realm-Rolle, deren Mitglieder &amp;Administratoren werden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project &amp;limit for new users (USER_PROJECT_LIMIT):</source>
        <translation>Projekt&amp;limit für neue Benutzer (USER_PROJECT_LIMIT):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users per &amp;batch (one transaction each):</source>
        <translation>Benutzer pro &amp;Stapel (je eine Transaktion):</translation>
    </message>
</context>
<context>
    <name>codemie::PlanTableModel</name>
    <message>
        <location filename="../ui/migration/PlanTableModel.cpp" line="+33"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create shared project %1</source>
        <translation>Gemeinsames Projekt %1 anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create user %1 &lt;%2&gt; as administrator</source>
        <translation>Benutzer %1 &lt;%2&gt; als Administrator anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create user %1 &lt;%2&gt;</source>
        <translation>Benutzer %1 &lt;%2&gt; anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create personal project %1</source>
        <translation>Persönliches Projekt %1 anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to %1 as project admin</source>
        <translation>Zu %1 als Projektadministrator hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1 as user</source>
        <translation>Zu %1 als Benutzer hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make project admin of %1</source>
        <translation>Zum Projektadministrator von %1 machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make plain user of %1</source>
        <translation>Zum einfachen Benutzer von %1 machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set username %1, e-mail %2, name %3</source>
        <translation>Benutzername %1, E-Mail %2, Name %3 setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason and warnings</source>
        <translation>Grund und Warnungen</translation>
    </message>
</context>
<context>
    <name>codemie::PlanningPage</name>
    <message>
        <location filename="../ui/migration/MigrationWizard.cpp" line="+51"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading and planning</source>
        <translation>Lesen und planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is written in this step.</source>
        <translation>In diesem Schritt wird nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading users…</source>
        <translation>Benutzer werden gelesen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cancelled: nothing was planned.</source>
        <translation>Abgebrochen: Es wurde nichts geplant.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading users: %1 of %2 (pages: %3, retries: %4, %5 s)</source>
        <translation>Benutzer werden gelesen: %1 von %2 (Seiten: %3, Wiederholungen: %4, %5 s)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Planned in %1 s (users: %2). Next shows the preview; nothing has been written.</source>
        <translation>In %1 s geplant (Benutzer: %2). „Weiter“ zeigt die Vorschau; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Requests to Keycloak that were retried: %1.</source>
        <translation> Wiederholte Anfragen an Keycloak: %1.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&lt;br&gt;Go Back to change the source or the options.</source>
        <translation>&lt;br&gt;Mit „Zurück“ können Sie die Quelle oder die Optionen ändern.</translation>
    </message>
</context>
<context>
    <name>codemie::PreviewPage</name>
    <message>
        <location line="+54"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been written yet. Check what the migration would do.</source>
        <translation>Es wurde noch nichts geschrieben. Prüfen Sie, was die Migration tun würde.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Users in the plan</source>
        <translation>Benutzer im Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search username, e-mail or reason</source>
        <translation>Benutzername, E-Mail oder Grund suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export plan (JSON)…</source>
        <translation>Plan exportieren (JSON)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected user&apos;s changes:</source>
        <translation>Änderungen des ausgewählten Benutzers:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects to create and plan warnings:</source>
        <translation>Anzulegende Projekte und Planwarnungen:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export plan as CSV</source>
        <translation>Plan als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Nothing has been written yet.&lt;/b&gt; Users: %1 to create, %2 to update, %3 unchanged, %4 skipped, %5 conflicts. Projects to create: %6. Memberships to add: %7, to remove: %8.</source>
        <translation>&lt;b&gt;Es wurde noch nichts geschrieben.&lt;/b&gt; Benutzer: %1 anzulegen, %2 zu aktualisieren, %3 unverändert, %4 übersprungen, %5 Konflikte. Anzulegende Projekte: %6. Mitgliedschaften hinzuzufügen: %7, zu entfernen: %8.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Memberships in projects with budgets: %1. The platform creates member budget allocations only through its API.</source>
        <translation>Mitgliedschaften in Projekten mit Budgets: %1. Die Plattform legt Budgetzuteilungen für Mitglieder nur über ihre API an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+55"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No project to create.</source>
        <translation>Kein Projekt anzulegen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 &lt;%2&gt;: %3</source>
        <translation>%1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It collides with this user in the database:</source>
        <translation>Kollidiert mit diesem Benutzer in der Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  id: %1</source>
        <translation>  id: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  e-mail: %1</source>
        <translation>  E-Mail: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  username: %1</source>
        <translation>  Benutzername: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  name: %1</source>
        <translation>  Name: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  auth_source: %1</source>
        <translation>  auth_source: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  is_active: %1</source>
        <translation>  is_active: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  created: %1</source>
        <translation>  angelegt: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to write for this user.</source>
        <translation>Für diesen Benutzer ist nichts zu schreiben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>codemie::ProfileForm</name>
    <message>
        <location filename="../ui/profiles/ProfileForm.cpp" line="+25"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keycloak source (for the migration)</source>
        <translation>Keycloak-Quelle (für die Migration)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+257"/>
        <source>Remember secrets in the keychain</source>
        <translation>Geheimnisse im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keycloak client secret</source>
        <translation>Keycloak-Client-Secret</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The deployment&apos;s USER_PROJECT_LIMIT: given to a user when an admin is demoted and to imported users. It limits how many shared projects a user can create.</source>
        <translation>USER_PROJECT_LIMIT der Installation: Wird einem Benutzer gegeben, wenn einem Admin die Rolle entzogen wird, und importierten Benutzern. Es begrenzt, wie viele gemeinsame Projekte ein Benutzer anlegen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://sso.example.com</source>
        <translation>https://sso.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA bundle (PEM) for a private certificate authority</source>
        <translation>CA-Bundle (PEM) für eine private Zertifizierungsstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root certificate (PEM), optional</source>
        <translation>Stammzertifikat (PEM), optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I accept sending the client secret and user data unencrypted</source>
        <translation>Ich akzeptiere, dass das Client-Secret und Benutzerdaten unverschlüsselt gesendet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Keycloak address uses plain http:// on a non-local host: the client secret, the access token and every user&apos;s data would cross the network readable by anyone on the path. Use https:// unless this network is isolated.</source>
        <translation>Diese Keycloak-Adresse verwendet unverschlüsseltes http:// zu einem nicht lokalen Host: Das Client-Secret, das Zugriffstoken und die Daten aller Benutzer gingen für jeden auf dem Weg lesbar über das Netzwerk. Verwenden Sie https://, es sei denn, dieses Netzwerk ist abgeschottet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile &amp;name:</source>
        <translation>Pro&amp;filname:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;chema:</source>
        <translation>S&amp;chema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS mode:</source>
        <translation>TLS-&amp;Modus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root certificate:</source>
        <translation>Stammzertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform database file</source>
        <translation>Plattform-Datenbankdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Act as (e-mail):</source>
        <translation>Handeln &amp;als (E-Mail):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default project &amp;limit:</source>
        <translation>Standard-Projekt&amp;limit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base &amp;URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Realm:</source>
        <translation>&amp;Realm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA bundle:</source>
        <translation>CA-Bundle:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Encrypted; the certificate must be signed by the root and name this host.</source>
        <translation>Verschlüsselt; das Zertifikat muss von der Stammzertifizierungsstelle signiert sein und diesen Host nennen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted; the certificate must be signed by the root, any host name.</source>
        <translation>Verschlüsselt; das Zertifikat muss von der Stammzertifizierungsstelle signiert sein, beliebiger Hostname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted, but the server is not verified: open to impersonation.</source>
        <translation>Verschlüsselt, aber der Server wird nicht geprüft: anfällig für Identitätsbetrug.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted if the server offers it, otherwise plain text.</source>
        <translation>Verschlüsselt, wenn der Server es anbietet, sonst Klartext.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain text: the password and all data cross the network readable.</source>
        <translation>Klartext: Passwort und alle Daten gehen lesbar über das Netzwerk.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Secrets go to the operating system&apos;s keychain, never to a file.</source>
        <translation>Geheimnisse kommen in den Schlüsselbund des Betriebssystems, nie in eine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain is available: %1 Secrets are kept for this run only.</source>
        <translation>Kein Schlüsselbund verfügbar: %1 Geheimnisse bleiben nur für diesen Lauf erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember secrets in the keychain (unavailable: no keychain)</source>
        <translation>Geheimnisse im Schlüsselbund speichern (nicht verfügbar: kein Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Stored in the keychain — type to replace</source>
        <translation>Im Schlüsselbund gespeichert – zum Ersetzen eingeben</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Not stored</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the database host, name and user.</source>
        <translation>Geben Sie Host, Name und Benutzer der Datenbank ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The schema cannot be empty (the platform uses codemie).</source>
        <translation>Das Schema darf nicht leer sein (die Plattform verwendet codemie).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the database file.</source>
        <translation>Wählen Sie die Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the Keycloak base URL, for example https://sso.example.com</source>
        <translation>Geben Sie die Basis-URL von Keycloak ein, zum Beispiel https://sso.example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in the Keycloak realm and client ID.</source>
        <translation>Geben Sie Realm und Client-ID von Keycloak ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the plain http:// risk for this Keycloak, or use https://.</source>
        <translation>Bestätigen Sie das Risiko von http:// für dieses Keycloak, oder verwenden Sie https://.</translation>
    </message>
</context>
<context>
    <name>codemie::ProfileManagerDialog</name>
    <message>
        <location filename="../ui/profiles/ProfileManagerDialog.cpp" line="+33"/>
        <source>&amp;Delete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available, so secrets cannot be remembered: %1 The console keeps what you type for this run only.</source>
        <translation>Kein Schlüsselbund verfügbar, daher können Geheimnisse nicht gespeichert werden: %1 Die Konsole behält Ihre Eingaben nur für diesen Lauf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile status</source>
        <translation>Profilstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+133"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile %1 and the secrets stored for it?</source>
        <translation>Das Profil %1 und die dafür gespeicherten Geheimnisse löschen?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>read-write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read-only: %1</source>
        <translation>schreibgeschützt: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Database: connected. Keycloak: %1</source>
        <translation>Datenbank: verbunden. Keycloak: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source> — Keycloak: %n user(s), %1 layout</source>
        <translation>
            <numerusform> — Keycloak: %n Benutzer, Layout %1</numerusform>
            <numerusform> — Keycloak: %n Benutzer, Layout %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1 — %2 — acting as %3 (%4) — %5</source>
        <translation>Verbunden mit %1 — %2 — handelnd als %3 (%4) — %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: give the profile a name and press Save.</source>
        <translation>Nicht gespeichert: Geben Sie dem Profil einen Namen und klicken Sie auf Speichern.</translation>
    </message>
</context>
<context>
    <name>codemie::ProjectBudgetsSection</name>
    <message>
        <location filename="../ui/projects/ProjectBudgetsSection.cpp" line="+46"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Budgets are read-only here: change them in the platform&apos;s web UI or API, which applies them to the LLM proxy (a row written here would not be enforced).</source>
        <translation>Budgets sind hier schreibgeschützt: Ändern Sie sie in der Weboberfläche oder API der Plattform, die sie an den LLM-Proxy weitergibt (eine hier geschriebene Zeile würde nicht durchgesetzt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why budgets are read-only</source>
        <translation>Warum Budgets schreibgeschützt sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budgets unavailable</source>
        <translation>Budgets nicht verfügbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget read error</source>
        <translation>Fehler beim Lesen der Budgets</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 budget</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Budget group</source>
        <translation>Budgetgruppe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Member allocations</source>
        <translation>Zuteilungen der Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member allocation count</source>
        <translation>Anzahl der Zuteilungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Member allocations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuteilungen der Mitglieder&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Project budgets arrive with platform 2.25; this database&apos;s schema has no project budget tables.</source>
        <translation>Projektbudgets gibt es ab Plattform 2.25; das Schema dieser Datenbank hat keine Tabellen für Projektbudgets.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The budgets could not be read: %1</source>
        <translation>Die Budgets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>— not assigned —</source>
        <translation>— nicht zugewiesen —</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (deleted budget)</source>
        <translation>%1 (gelöschtes Budget)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spend %1</source>
        <translation>Ausgaben %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend %1 (%2%)</source>
        <translation>Ausgaben %1 (%2 %)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hard limit: %1
Soft limit: %2
Reset period: %3
Resets %4</source>
        <translation>Harte Grenze: %1
Weiche Grenze: %2
Zurücksetzungszeitraum: %3
Wird zurückgesetzt am %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Budget group: %1 · %2 · created by %3 on %4</source>
        <translation>Budgetgruppe: %1 · %2 · erstellt von %3 am %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This project has no budgets.</source>
        <translation>Dieses Projekt hat keine Budgets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget group: -</source>
        <translation>Budgetgruppe: -</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing the first %1 of %2 allocations.</source>
        <translation>Die ersten %1 von %2 Zuteilungen werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n allocation(s)</source>
        <translation>
            <numerusform>%n Zuteilung</numerusform>
            <numerusform>%n Zuteilungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No member allocations.</source>
        <translation>Keine Zuteilungen an Mitglieder.</translation>
    </message>
</context>
<context>
    <name>codemie::ProjectDetailDialog</name>
    <message>
        <location filename="../ui/projects/ProjectDetailDialog.cpp" line="+53"/>
        <source>&amp;Edit project…</source>
        <translation>Projekt &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+376"/>
        <source>Make project &amp;admin</source>
        <translation>Zum Projekt-&amp;Admin</translation>
    </message>
    <message>
        <location line="-375"/>
        <location line="+376"/>
        <source>Make &amp;user</source>
        <translation>Zum Ben&amp;utzer</translation>
    </message>
    <message>
        <location line="-375"/>
        <location line="+378"/>
        <source>U&amp;nassign</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>&amp;Import members (CSV)…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+392"/>
        <source>A&amp;dd to project</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="-381"/>
        <location line="+13"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Project facts</source>
        <translation>Projektdaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only notice</source>
        <translation>Hinweis: schreibgeschützt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Description&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beschreibung&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search members by e-mail, username or name</source>
        <translation>Mitglieder nach E-Mail, Benutzername oder Name suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search members</source>
        <translation>Mitglieder suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project admin</source>
        <translation>Projekt-Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <location line="+455"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-503"/>
        <source>Project role filter</source>
        <translation>Filter nach Projektrolle</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+40"/>
        <source>Project members</source>
        <translation>Projektmitglieder</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member count</source>
        <translation>Anzahl der Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected members project admins</source>
        <translation>Die ausgewählten Mitglieder zu Projekt-Admins machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected members users</source>
        <translation>Die ausgewählten Mitglieder zu Benutzern machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassign the selected members</source>
        <translation>Zuweisung der ausgewählten Mitglieder aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import members from a CSV file</source>
        <translation>Mitglieder aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+521"/>
        <location line="+5"/>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <location line="-516"/>
        <source>Search for user by e-mail, username or name</source>
        <translation>Benutzer nach E-Mail, Benutzername oder Name suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for a user to add</source>
        <translation>Einen Benutzer zum Hinzufügen suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users found</source>
        <translation>Gefundene Benutzer</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+454"/>
        <source>Project Admin</source>
        <translation>Projekt-Admin</translation>
    </message>
    <message>
        <location line="-453"/>
        <source>Role of the added user</source>
        <translation>Rolle des hinzugefügten Benutzers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project Admin allows managing project settings &amp; team access.</source>
        <translation>Projekt-Admins können Projekteinstellungen und den Teamzugang verwalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected user to the project</source>
        <translation>Den ausgewählten Benutzer zum Projekt hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Add user to project&lt;/b&gt;</source>
        <translation>&lt;b&gt;Benutzer zum Projekt hinzufügen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show acti&amp;vity</source>
        <translation>A&amp;ktivität anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Activity events page filtered to this project</source>
        <translation>Die Seite „Aktivitätsereignisse“ gefiltert auf dieses Projekt öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n member(s) shown</source>
        <translation>
            <numerusform>%n Mitglied angezeigt</numerusform>
            <numerusform>%n Mitglieder angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Project — %1</source>
        <translation>Projekt — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the platform)</source>
        <translation>(die Plattform)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total users</source>
        <translation>Benutzer gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admins</source>
        <translation>Admins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost center</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a personal project: its membership cannot be changed. Create a separate shared project instead.</source>
        <translation>Dies ist ein persönliches Projekt: Seine Mitgliedschaft kann nicht geändert werden. Legen Sie stattdessen ein separates gemeinsames Projekt an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You cannot edit a personal project. Create a separate one instead.</source>
        <translation>Ein persönliches Projekt kann nicht bearbeitet werden. Legen Sie stattdessen ein separates an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit name, display name, description and cost center</source>
        <translation>Name, Anzeigename, Beschreibung und Kostenstelle bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You cannot change role in a personal project. Create a separate one instead.</source>
        <translation>In einem persönlichen Projekt können keine Rollen geändert werden. Legen Sie stattdessen ein separates an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+183"/>
        <location line="+42"/>
        <source>Select one or more members first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Mitglieder aus.</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Already project admin.</source>
        <translation>Bereits Projekt-Admin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already user.</source>
        <translation>Bereits Benutzer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make project &amp;admin (%1)</source>
        <translation>Zum Projekt-&amp;Admin (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;user (%1)</source>
        <translation>Zum Ben&amp;utzer (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U&amp;nassign (%1)</source>
        <translation>E&amp;ntfernen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Cannot modify membership of a personal project</source>
        <translation>Die Mitgliedschaft eines persönlichen Projekts kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot remove the project creator from the project</source>
        <translation>Der Ersteller des Projekts kann nicht aus dem Projekt entfernt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A&amp;dd %1 to project</source>
        <translation>%1 zum Projekt &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search for a user and select them in the list first.</source>
        <translation>Suchen Sie zuerst einen Benutzer und wählen Sie ihn in der Liste aus.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 — already a member</source>
        <translation>%1 — bereits Mitglied</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No active user matches &quot;%1&quot;.</source>
        <translation>Kein aktiver Benutzer passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing the first %1 matches: type more to narrow the search.</source>
        <translation>Die ersten %1 Treffer werden angezeigt: Geben Sie mehr ein, um die Suche einzugrenzen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Please select a user</source>
        <translation>Bitte wählen Sie einen Benutzer aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User added to project</source>
        <translation>Benutzer zum Projekt hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n user(s) added to project</source>
        <translation>
            <numerusform>%n Benutzer zum Projekt hinzugefügt</numerusform>
            <numerusform>%n Benutzer zum Projekt hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+3"/>
        <source>Change User Role?</source>
        <translation>Benutzerrolle ändern?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Are you sure you want to change %1&apos;s role to %2?</source>
        <translation>Möchten Sie die Rolle von %1 wirklich in %2 ändern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Change role for %n selected user(s) in project %1 to %2?</source>
        <translation>
            <numerusform>Die Rolle von %n ausgewählten Benutzer in Projekt %1 in %2 ändern?</numerusform>
            <numerusform>Die Rolle von %n ausgewählten Benutzern in Projekt %1 in %2 ändern?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role updated successfully</source>
        <translation>Rolle erfolgreich aktualisiert</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Updated role for %n user(s) successfully</source>
        <translation>
            <numerusform>Rolle von %n Benutzer erfolgreich aktualisiert</numerusform>
            <numerusform>Rolle von %n Benutzern erfolgreich aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unassign User?</source>
        <translation>Zuweisung des Benutzers aufheben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to unassign %1 from this project?</source>
        <translation>Möchten Sie die Zuweisung von %1 zu diesem Projekt wirklich aufheben?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassign Users from Project?</source>
        <translation>Zuweisung der Benutzer zum Projekt aufheben?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Are you sure you want to unassign %n user(s) from project %1?</source>
        <translation>
            <numerusform>Möchten Sie die Zuweisung von %n Benutzer zu Projekt %1 wirklich aufheben?</numerusform>
            <numerusform>Möchten Sie die Zuweisung von %n Benutzern zu Projekt %1 wirklich aufheben?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User removed from project</source>
        <translation>Benutzer aus dem Projekt entfernt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n user(s) removed from the project</source>
        <translation>
            <numerusform>%n Benutzer aus dem Projekt entfernt</numerusform>
            <numerusform>%n Benutzer aus dem Projekt entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Project %1 updated successfully</source>
        <translation>Projekt %1 erfolgreich aktualisiert</translation>
    </message>
</context>
<context>
    <name>codemie::ProjectEditDialog</name>
    <message>
        <location filename="../ui/projects/ProjectEditDialog.cpp" line="+66"/>
        <source>Create Project</source>
        <translation>Projekt anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Project — %1</source>
        <translation>Projekt bearbeiten — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A shared project. You become its creator and project admin.</source>
        <translation>Ein gemeinsames Projekt. Sie werden sein Ersteller und Projekt-Admin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project created %1 by %2.</source>
        <translation>Projekt am %1 von %2 angelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unknown date)</source>
        <translation>(unbekanntes Datum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform</source>
        <translation>der Plattform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project Name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project name problem</source>
        <translation>Problem mit dem Projektnamen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the name cannot change</source>
        <translation>Warum sich der Name nicht ändern lässt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. My Project</source>
        <translation>z. B. Mein Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name problem</source>
        <translation>Problem mit dem Anzeigenamen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe what this project is for</source>
        <translation>Beschreiben Sie, wofür dieses Projekt da ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description length</source>
        <translation>Länge der Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description problem</source>
        <translation>Problem mit der Beschreibung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost center</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name</source>
        <translation>&amp;Anzeigename</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;escription *</source>
        <translation>&amp;Beschreibung *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cost center</source>
        <translation>&amp;Kostenstelle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create project</source>
        <translation>Projekt anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot update a personal project</source>
        <translation>Ein persönliches Projekt kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a separate shared project instead.</source>
        <translation>Legen Sie stattdessen ein separates gemeinsames Projekt an.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fix the fields marked in red first.</source>
        <translation>Korrigieren Sie zuerst die rot markierten Felder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has changed.</source>
        <translation>Es hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>codemie::ProjectMemberModel</name>
    <message>
        <location filename="../ui/projects/ProjectMemberModel.cpp" line="+93"/>
        <source>%1 (creator)</source>
        <translation>%1 (Ersteller)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project admin</source>
        <translation>Projekt-Admin</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The project&apos;s creator: cannot be removed from the project.</source>
        <translation>Der Ersteller des Projekts: kann nicht aus dem Projekt entfernt werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>codemie::ProjectTableModel</name>
    <message>
        <location filename="../ui/projects/ProjectTableModel.cpp" line="+170"/>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(system)</source>
        <translation>(System)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost center</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admins</source>
        <translation>Admins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
</context>
<context>
    <name>codemie::ProjectsPage</name>
    <message>
        <location filename="../ui/projects/ProjectsPage.cpp" line="+64"/>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;tails…</source>
        <translation>De&amp;tails…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import members (CSV)…</source>
        <translation>Mitglieder &amp;importieren (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by name or display name</source>
        <translation>Nach Name oder Anzeigename suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search projects by name or display name</source>
        <translation>Projekte nach Name oder Anzeigename suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Project type filter</source>
        <translation>Filter nach Projekttyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost center filter</source>
        <translation>Filter nach Kostenstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Result count</source>
        <translation>Anzahl der Ergebnisse</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>No data available</source>
        <translation>Keine Daten verfügbar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s) match</source>
        <translation>
            <numerusform>%n Projekt passt</numerusform>
            <numerusform>%n Projekte passen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Any cost center</source>
        <translation>Jede Kostenstelle</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 (%n project(s))</source>
        <translation>
            <numerusform>%1 (%n Projekt)</numerusform>
            <numerusform>%1 (%n Projekte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cost center filter removed: that cost center no longer exists.</source>
        <translation>Kostenstellenfilter entfernt: Diese Kostenstelle existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost center: %1</source>
        <translation>Kostenstelle: %1</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Loading projects…</source>
        <translation>Projekte werden geladen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not connected to a platform database.</source>
        <translation>Nicht mit einer Plattformdatenbank verbunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a single project.</source>
        <translation>Wählen Sie ein einzelnes Projekt aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a project first.</source>
        <translation>Wählen Sie zuerst ein Projekt aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a shared project (Ctrl+N)</source>
        <translation>Ein gemeinsames Projekt anlegen (Strg+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description, counts and members of the project (Enter)</source>
        <translation>Beschreibung, Kennzahlen und Mitglieder des Projekts (Eingabe)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You cannot edit a personal project. Create a separate one instead.</source>
        <translation>Ein persönliches Projekt kann nicht bearbeitet werden. Legen Sie stattdessen ein separates an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit name, display name, description and cost center</source>
        <translation>Name, Anzeigename, Beschreibung und Kostenstelle bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the project (only when it has no members but its creator and no resources)</source>
        <translation>Das Projekt löschen (nur wenn es außer seinem Ersteller keine Mitglieder und keine Ressourcen hat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add members or change their roles from a CSV file</source>
        <translation>Mitglieder aus einer CSV-Datei hinzufügen oder ihre Rollen ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show activity</source>
        <translation>Aktivität anzeigen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Project %1 created successfully</source>
        <translation>Projekt %1 erfolgreich angelegt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Project %1 updated successfully</source>
        <translation>Projekt %1 erfolgreich aktualisiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete Project?</source>
        <translation>Projekt löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &quot;%1&quot;?</source>
        <translation>Möchten Sie „%1“ wirklich löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This action cannot be undone. The project will be permanently removed.</source>
        <translation>Diese Aktion kann nicht rückgängig gemacht werden. Das Projekt wird endgültig entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project &apos;%1&apos; deleted successfully</source>
        <translation>Projekt &apos;%1&apos; erfolgreich gelöscht</translation>
    </message>
</context>
<context>
    <name>codemie::ShortcutsDialog</name>
    <message>
        <location filename="../ui/help/HelpDialogs.cpp" line="+33"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected row (details)</source>
        <translation>Ausgewählte Zeile öffnen (Details)</translation>
    </message>
</context>
<context>
    <name>codemie::SourcePage</name>
    <message>
        <location filename="../ui/migration/MigrationWizard.cpp" line="-1021"/>
        <source>A realm export (files written by kc.sh export)</source>
        <translation>Ein Realm-Export (von kc.sh export geschriebene Dateien)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A live Keycloak (read through its admin API)</source>
        <translation>Ein laufendes Keycloak (gelesen über seine Admin-API)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save the secret in the system keychain</source>
        <translation>Geheimnis im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where the users are read from, then check it.</source>
        <translation>Wählen Sie, woher die Benutzer gelesen werden, und prüfen Sie die Quelle.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>kept in memory</source>
        <translation>nur im Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codemie-realm.json, or the folder of a split export</source>
        <translation>codemie-realm.json oder der Ordner eines geteilten Exports</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the bundled demo export</source>
        <translation>Mitgelieferten Demo-Export verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connection &amp;profile:</source>
        <translation>Verbindungs&amp;profil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realm:</source>
        <translation>Realm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret:</source>
        <translation>Client-Geheimnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA bundle (optional):</source>
        <translation>CA-Bundle (optional):</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Realm export</source>
        <translation>Realm-Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundled demo export could not be written to the data folder.</source>
        <translation>Der mitgelieferte Demo-Export konnte nicht in den Datenordner geschrieben werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>None: entered here</source>
        <translation>Keines: hier eingeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>After a successful check the client secret is saved in %1, never in a file.</source>
        <translation>Nach einer erfolgreichen Prüfung wird das Client-Geheimnis in %1 gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keychain answers: the secret is kept in memory for this run only.</source>
        <translation>Kein Schlüsselbund des Systems antwortet: Das Geheimnis bleibt nur für diesen Lauf im Speicher.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Profile %1 has no saved client secret: type it in.</source>
        <translation>Das Profil %1 hat kein gespeichertes Client-Geheimnis: Bitte eingeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile %1: the client secret comes from the keychain.</source>
        <translation>Profil %1: Das Client-Geheimnis kommt aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the export file or folder first.</source>
        <translation>Wählen Sie zuerst die Exportdatei oder den Exportordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill in the base URL, the realm, the client id and the client secret first.</source>
        <translation>Geben Sie zuerst die Basis-URL, den Realm, die Client-ID und das Client-Geheimnis ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the export…</source>
        <translation>Export wird gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to Keycloak…</source>
        <translation>Verbindung zu Keycloak wird hergestellt…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;The check failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Prüfung ist fehlgeschlagen.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;The export can be read.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Export kann gelesen werden.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realm %1, users in the export: %2.</source>
        <translation>Realm %1, Benutzer im Export: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✓ Token obtained (valid for %1 s).</source>
        <translation>✓ Token erhalten (gültig für %1 s).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ Users in realm %1: %2.</source>
        <translation>✓ Benutzer im Realm %1: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✗ Missing service-account roles needed to read the users: %1.</source>
        <translation>✗ Fehlende Service-Account-Rollen, die zum Lesen der Benutzer nötig sind: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Missing service-account roles of the platform guide&apos;s list (reading works without them): %1.</source>
        <translation>⚠ Fehlende Service-Account-Rollen aus der Liste der Plattform-Anleitung (das Lesen gelingt auch ohne sie): %1.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&lt;b&gt;Keycloak answers.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Keycloak antwortet.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Server layout: %1, at %2.</source>
        <translation>✓ Serveraufbau: %1, unter %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Roles of the service account: %1.</source>
        <translation>✓ Rollen des Dienstkontos: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✗ Keycloak hides the users&apos; applications attributes from this client (unmanaged attributes are disabled in the realm&apos;s user profile). In the Keycloak admin console open Realm settings → General → Unmanaged attributes, choose “Admin can view”, save, and check again.</source>
        <translation>✗ Keycloak verbirgt die applications-Attribute der Benutzer vor diesem Client (nicht verwaltete Attribute sind im Benutzerprofil des Realms deaktiviert). Öffnen Sie in der Keycloak-Administrationskonsole Realm settings → General → Unmanaged attributes, wählen Sie „Admin can view“, speichern Sie und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ The applications attributes are visible (user profile: %1).</source>
        <translation>✓ Die applications-Attribute sind sichtbar (Benutzerprofil: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no user profile policy</source>
        <translation>keine Benutzerprofil-Richtlinie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✓ The client secret was saved in the system keychain (%1).</source>
        <translation>✓ Das Client-Geheimnis wurde im Schlüsselbund des Systems gespeichert (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ The client secret was not saved in the keychain: %1</source>
        <translation>✗ Das Client-Geheimnis wurde nicht im Schlüsselbund gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>codemie::SpendChart</name>
    <message>
        <location filename="../ui/budgets/SpendChart.cpp" line="+40"/>
        <source>Spend chart</source>
        <translation>Ausgabendiagramm</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: %2 spent, %3 cumulative</source>
        <translation>%1: %2 ausgegeben, %3 kumuliert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (budget reset)</source>
        <translation> (Budget zurückgesetzt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+64"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message numerus="yes">
        <location line="-63"/>
        <source>%n days from %1 to %2, %3 spent in total; the Table tab lists every day.</source>
        <translation>
            <numerusform>%n Tag von %1 bis %2, insgesamt %3 ausgegeben; der Reiter Tabelle listet jeden Tag auf.</numerusform>
            <numerusform>%n Tage von %1 bis %2, insgesamt %3 ausgegeben; der Reiter Tabelle listet jeden Tag auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Spend per day</source>
        <translation>Ausgaben pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hard limit</source>
        <translation>Hartes Limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soft limit</source>
        <translation>Weiches Limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget reset</source>
        <translation>Budget zurückgesetzt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reset</source>
        <translation>Zurücksetzung</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Hard limit %1</source>
        <translation>Hartes Limit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soft limit %1</source>
        <translation>Weiches Limit %1</translation>
    </message>
</context>
<context>
    <name>codemie::SpendSeriesModel</name>
    <message>
        <location filename="../ui/budgets/BudgetModels.cpp" line="+225"/>
        <source>Budget reset</source>
        <translation>Budget zurückgesetzt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Zurücksetzung</translation>
    </message>
</context>
<context>
    <name>codemie::SpendView</name>
    <message>
        <location filename="../ui/budgets/SpendView.cpp" line="+62"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export data as CSV…</source>
        <translation>Daten als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart as PNG…</source>
        <translation>Diagramm als PNG exportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+60"/>
        <source>Top projects</source>
        <translation>Projekte mit den größten Ausgaben</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Top users</source>
        <translation>Benutzer mit den größten Ausgaben</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose spend</source>
        <translation>Wessen Ausgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project name or user e-mail</source>
        <translation>Projektname oder E-Mail-Adresse des Benutzers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last %n days</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From (UTC day)</source>
        <translation>Von (Tag in UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (UTC day)</source>
        <translation>Bis (Tag in UTC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Spend of</source>
        <translation>A&amp;usgaben von</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spend summary</source>
        <translation>Zusammenfassung der Ausgaben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spend per day</source>
        <translation>Ausgaben pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Top spenders in the period</source>
        <translation>Größte Ausgaben im Zeitraum</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>User e-mail</source>
        <translation>E-Mail-Adresse des Benutzers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The period&apos;s first day must not be after its last day.</source>
        <translation>Der erste Tag des Zeitraums darf nicht nach dem letzten liegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a user&apos;s e-mail address, then press Enter.</source>
        <translation>Geben Sie die E-Mail-Adresse eines Benutzers ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a project name, then press Enter.</source>
        <translation>Geben Sie einen Projektnamen ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The database worker could not connect.</source>
        <translation>Der Hintergrundprozess konnte keine Verbindung zur Datenbank herstellen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No chart: see the message above.</source>
        <translation>Kein Diagramm: siehe die Meldung oben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No spend recorded for %1 in this period.</source>
        <translation>Für %1 sind in diesem Zeitraum keine Ausgaben erfasst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all categories</source>
        <translation>alle Kategorien</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %2: %3 from %4 to %5 (UTC days). Previous %n days: %6</source>
        <translation>
            <numerusform>%1, %2: %3 vom %4 bis %5 (Tage in UTC). Vorheriger %n Tag: %6</numerusform>
            <numerusform>%1, %2: %3 vom %4 bis %5 (Tage in UTC). Vorherige %n Tage: %6</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (%1%2 %)</source>
        <translation> (%1%2 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>. No budget assigned, so no limit lines.</source>
        <translation>. Kein Budget zugewiesen, daher keine Limitlinien.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>. Limits: the sum of %n assigned budget(s).</source>
        <translation>
            <numerusform>. Limits: die Summe von %n zugewiesenem Budget.</numerusform>
            <numerusform>. Limits: die Summe von %n zugewiesenen Budgets.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <location line="+8"/>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export spend data as CSV</source>
        <translation>Ausgabendaten als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Export spend chart as PNG</source>
        <translation>Ausgabendiagramm als PNG exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>codemie::TargetPage</name>
    <message>
        <location filename="../ui/migration/MigrationWizard.cpp" line="+48"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform database of the connection this window is using.</source>
        <translation>Die Plattformdatenbank der Verbindung, die dieses Fenster verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Act as:</source>
        <translation>&amp;Handeln als:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The acting administrator is named in the audit rows the migration writes (platform 2.40 and later). To migrate into another database, connect to it first (File → Connect…) and start the wizard again.</source>
        <translation>Der handelnde Administrator wird in den Audit-Zeilen genannt, die die Migration schreibt (Plattform 2.40 und neuer). Um in eine andere Datenbank zu migrieren, verbinden Sie sich zuerst mit ihr (Datei → Verbinden…) und starten den Assistenten erneut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform release: %1</source>
        <translation>Plattform-Release: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the database as it is now…</source>
        <translation>Die Datenbank wird in ihrem jetzigen Zustand geprüft…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading the database&apos;s administrators…</source>
        <translation>Die Administratoren der Datenbank werden gelesen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>✗ Upgrade in progress: %1</source>
        <translation>✗ Upgrade läuft: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ The migration cannot write to this database now: %1</source>
        <translation>✗ Die Migration kann jetzt nicht in diese Datenbank schreiben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go Back and Next again to check once more.</source>
        <translation>Gehen Sie Zurück und wieder Weiter, um erneut zu prüfen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Busy: go Back and Next again to read the administrators.</source>
        <translation>Beschäftigt: Gehen Sie Zurück und wieder Weiter, um die Administratoren zu lesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✗ The administrators could not be read: %1</source>
        <translation>✗ Die Administratoren konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Maintainer</source>
        <translation>Maintainer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 &lt;%2&gt; (%3)</source>
        <translation>%1 &lt;%2&gt; (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✗ The database has no active administrator or maintainer to act as. Make someone Admin in the Users page first.</source>
        <translation>✗ Die Datenbank hat keinen aktiven Administrator oder Maintainer, als der gehandelt werden kann. Machen Sie zuerst jemanden auf der Seite Benutzer zum Admin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active administrators and maintainers to choose from: %1.</source>
        <translation>Aktive Administratoren und Maintainer zur Auswahl: %1.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>✓ The console may write to this database.</source>
        <translation>✓ Die Konsole darf in diese Datenbank schreiben.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>✗ The migration cannot write to this database: %1</source>
        <translation>✗ Die Migration kann nicht in diese Datenbank schreiben: %1</translation>
    </message>
</context>
<context>
    <name>codemie::TopSpenderModel</name>
    <message>
        <location filename="../ui/budgets/BudgetModels.cpp" line="+40"/>
        <source>Double-click to show this spend over time</source>
        <translation>Doppelklick zeigt diese Ausgaben im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
</context>
<context>
    <name>codemie::UserBudgetsCard</name>
    <message>
        <location filename="../ui/users/UserBudgetsCard.cpp" line="+44"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Budgets are read-only here: change them in the platform&apos;s web UI or API, which applies them to the LLM proxy (a row written here would not be enforced).</source>
        <translation>Budgets sind hier schreibgeschützt: Ändern Sie sie in der Weboberfläche oder API der Plattform, die sie an den LLM-Proxy weitergibt (eine hier geschriebene Zeile würde nicht durchgesetzt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why budgets are read-only</source>
        <translation>Warum Budgets schreibgeschützt sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budgets unavailable</source>
        <translation>Budgets nicht verfügbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget read error</source>
        <translation>Fehler beim Lesen der Budgets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget category</source>
        <translation>Budgetkategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget name</source>
        <translation>Budgetname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget assignments</source>
        <translation>Budgetzuweisungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hard limit</source>
        <translation>Harte Grenze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User spending</source>
        <translation>Ausgaben des Benutzers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User spending caption</source>
        <translation>Beschriftung der Ausgaben des Benutzers</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Budgets arrive with platform 2.23; this database&apos;s schema has no budget tables.</source>
        <translation>Budgets gibt es ab Plattform 2.23; das Schema dieser Datenbank hat keine Budgettabellen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The budgets could not be read: %1</source>
        <translation>Die Budgets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (deleted budget)</source>
        <translation>%1 (gelöschtes Budget)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 / %3</source>
        <translation>%1 — %2 / %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No spending data available</source>
        <translation>Keine Ausgabendaten verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows this user&apos;s current spending against their budget limit.</source>
        <translation>Zeigt die aktuellen Ausgaben dieses Benutzers im Vergleich zu seiner Budgetgrenze.</translation>
    </message>
</context>
<context>
    <name>codemie::UserDetailsDialog</name>
    <message>
        <location filename="../ui/users/UserDetailsDialog.cpp" line="+43"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintainer</source>
        <translation>Maintainer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unassign</source>
        <translation>Zuweisung a&amp;ufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate user…</source>
        <translation>Benutzer &amp;deaktivieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User details — %1</source>
        <translation>Benutzerdetails — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regular</source>
        <translation>Regulär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User type</source>
        <translation>Benutzertyp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project limit</source>
        <translation>Projektlimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limits how many shared projects this user can create (not how many they can be assigned to).</source>
        <translation>Begrenzt, wie viele gemeinsame Projekte dieser Benutzer anlegen kann (nicht, wie vielen er zugewiesen werden kann).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving the change</source>
        <translation>Die Änderung wird gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project to add</source>
        <translation>Hinzuzufügendes Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+242"/>
        <location line="+288"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-529"/>
        <location line="+241"/>
        <source>Project admin</source>
        <translation>Projekt-Admin</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Role in the project</source>
        <translation>Rolle im Projekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform roles and settings</source>
        <translation>Plattformrollen und Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User &amp;type:</source>
        <translation>Benutzer&amp;typ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project limit:</source>
        <translation>Projektlimit:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Projects of the user</source>
        <translation>Projekte des Benutzers</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show acti&amp;vity</source>
        <translation>A&amp;ktivität anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Activity events page filtered to this user</source>
        <translation>Die Seite „Aktivitätsereignisse“ gefiltert auf diesen Benutzer öffnen</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · username %3 · %4&lt;br&gt;Created %5 · last login %6 · %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · Benutzername %3 · %4&lt;br&gt;Erstellt %5 · letzte Anmeldung %6 · %7</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never (or through the identity provider)</source>
        <translation>nie (oder über den Identitätsanbieter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+69"/>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This user is deactivated; deactivation cannot be undone.</source>
        <translation>Dieser Benutzer ist deaktiviert; die Deaktivierung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You cannot change your own platform roles.</source>
        <translation>Sie können Ihre eigenen Plattformrollen nicht ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only maintainers can modify admin or maintainer roles. Contact a maintainer to request platform role changes.</source>
        <translation>Nur Maintainer können Admin- oder Maintainer-Rollen ändern. Wenden Sie sich an einen Maintainer, um Änderungen an Plattformrollen zu beantragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maintainers must also be admins: turn Maintainer off first.</source>
        <translation>Maintainer müssen auch Admins sein: Schalten Sie zuerst Maintainer aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No maintainer exists yet: you may grant the first Maintainer role (confirmation required).</source>
        <translation>Es gibt noch keinen Maintainer: Sie dürfen die erste Maintainer-Rolle vergeben (Bestätigung erforderlich).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No maintainer exists yet. The platform&apos;s documentation grants the first one by hand in SQL; here it is one confirmed, audited change.</source>
        <translation>Es gibt noch keinen Maintainer. Laut Dokumentation der Plattform wird der erste manuell per SQL ernannt; hier ist es eine bestätigte, protokollierte Änderung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admins have no project limit.</source>
        <translation>Admins haben kein Projektlimit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>User updated successfully</source>
        <translation>Benutzer erfolgreich aktualisiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant the first Maintainer role?</source>
        <translation>Die erste Maintainer-Rolle vergeben?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant Maintainer</source>
        <translation>Maintainer-Rolle vergeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Project is required</source>
        <translation>Ein Projekt ist erforderlich</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Added to %1</source>
        <translation>Zu %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change User Role?</source>
        <translation>Benutzerrolle ändern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to change the role in %1 to %2?</source>
        <translation>Möchten Sie die Rolle in %1 wirklich auf %2 ändern?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project Admin</source>
        <translation>Projekt-Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role updated successfully</source>
        <translation>Rolle erfolgreich aktualisiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unassign from Project?</source>
        <translation>Zuweisung zum Projekt aufheben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to unassign this user from %1?</source>
        <translation>Möchten Sie die Zuweisung dieses Benutzers zu %1 wirklich aufheben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed from project</source>
        <translation>Aus dem Projekt entfernt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deactivate User?</source>
        <translation>Benutzer deaktivieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate %1? The user loses access immediately and disappears from the lists. Deactivation is one-way: the platform cannot reactivate a user.</source>
        <translation>%1 deaktivieren? Der Benutzer verliert sofort den Zugang und verschwindet aus den Listen. Die Deaktivierung ist endgültig: Die Plattform kann einen Benutzer nicht reaktivieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User deactivated successfully</source>
        <translation>Benutzer erfolgreich deaktiviert</translation>
    </message>
</context>
<context>
    <name>codemie::UserSearchService</name>
    <message>
        <location filename="../src/platform/UserSearchService.cpp" line="+102"/>
        <location line="+62"/>
        <source>The database worker could not connect.</source>
        <translation>Der Hintergrundprozess konnte keine Verbindung zur Datenbank herstellen.</translation>
    </message>
</context>
<context>
    <name>codemie::UserTableModel</name>
    <message>
        <location filename="../ui/users/UserTableModel.cpp" line="+90"/>
        <location line="+53"/>
        <source>The worker could not connect.</source>
        <translation>Der Hintergrundprozess konnte keine Verbindung herstellen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User type</source>
        <translation>Benutzertyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project admin</source>
        <translation>Projekt-Admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Super admin</source>
        <translation>Super-Admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintainer</source>
        <translation>Maintainer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth source</source>
        <translation>Anmeldequelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regular</source>
        <translation>Regulär</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (admin)</source>
        <translation>%1 (Admin)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (user)</source>
        <translation>%1 (Benutzer)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1
Username: %2</source>
        <translation>%1
Benutzername: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codemie::UsersPage</name>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="+77"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premium models</source>
        <translation>Premium-Modelle</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+82"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Search by email, username or name</source>
        <translation>Nach E-Mail, Benutzername oder Name suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project admin</source>
        <translation>Projekt-Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintainer</source>
        <translation>Maintainer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform role filter</source>
        <translation>Filter nach Plattformrolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any user type</source>
        <translation>Jeder Benutzertyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>Regulär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User type filter</source>
        <translation>Filter nach Benutzertyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and deactivated</source>
        <translation>Aktiv und deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Filter nach Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects (comma-separated)</source>
        <translation>Projekte (kommagetrennt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users in any of these projects. Type part of a name for suggestions; separate names with commas.</source>
        <translation>Benutzer in mindestens einem dieser Projekte. Tippen Sie einen Teil eines Namens für Vorschläge; trennen Sie Namen durch Kommas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Project filter</source>
        <translation>Filter nach Projekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget filter</source>
        <translation>Filter nach Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the users assigned this global budget</source>
        <translation>Nur die Benutzer anzeigen, denen dieses globale Budget zugewiesen ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+750"/>
        <location line="+7"/>
        <source>Bulk actions</source>
        <translation>Sammelaktionen</translation>
    </message>
    <message>
        <location line="-755"/>
        <source>Assign to project…</source>
        <translation>Einem Projekt zuweisen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassign from project…</source>
        <translation>Zuweisung zu einem Projekt aufheben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change project role…</source>
        <translation>Projektrolle ändern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select all matching</source>
        <translation>Alle Treffer auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply bulk actions to every matching user</source>
        <translation>Sammelaktionen auf jeden passenden Benutzer anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every user again (Escape in the search box clears the search)</source>
        <translation>Wieder alle Benutzer anzeigen (Escape im Suchfeld leert die Suche)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+490"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-488"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No data available</source>
        <translation>Keine Daten verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty list</source>
        <translation>Leere Liste</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copy the selected rows</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+640"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="-573"/>
        <source>The budgets could not be read: %1</source>
        <translation>Die Budgets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Any budget</source>
        <translation>Jedes Budget</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · hard limit %2 USD · soft limit %3 USD · reset every %4</source>
        <translation>%1 · hartes Limit %2 USD · weiches Limit %3 USD · Rücksetzung alle %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Budget filter removed: that budget no longer exists.</source>
        <translation>Budgetfilter entfernt: Dieses Budget existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show activity</source>
        <translation>Aktivität anzeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n user(s) match</source>
        <translation>
            <numerusform>%n Benutzer passt</numerusform>
            <numerusform>%n Benutzer passen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading users…</source>
        <translation>Benutzer werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>bulk actions apply to all %n</source>
        <translation>
            <numerusform>Sammelaktionen gelten für %n Treffer</numerusform>
            <numerusform>Sammelaktionen gelten für alle %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Select all matching (%n)</source>
        <translation>
            <numerusform>Alle Treffer auswählen (%n)</numerusform>
            <numerusform>Alle Treffer auswählen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+141"/>
        <source>The selection of %n user(s) was cleared by the reload: at most %1 stay selected. Select them again, or use &quot;Select all matching&quot;.</source>
        <translation>
            <numerusform>Die Auswahl von %n Benutzer wurde beim Neuladen aufgehoben: höchstens %1 bleiben ausgewählt. Wählen Sie ihn erneut aus oder verwenden Sie „Alle Treffer auswählen“.</numerusform>
            <numerusform>Die Auswahl von %n Benutzern wurde beim Neuladen aufgehoben: höchstens %1 bleiben ausgewählt. Wählen Sie sie erneut aus oder verwenden Sie „Alle Treffer auswählen“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The selected users could not be read: %1</source>
        <translation>Die ausgewählten Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n user(s) changed</source>
        <translation>
            <numerusform>%n Benutzer geändert</numerusform>
            <numerusform>%n Benutzer geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already as asked</source>
        <translation>
            <numerusform>%n bereits wie gewünscht</numerusform>
            <numerusform>%n bereits wie gewünscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Select users first, or choose &quot;Select all matching&quot;.</source>
        <translation>Wählen Sie zuerst Benutzer aus oder wählen Sie „Alle Treffer auswählen“.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
</context>
<context>
    <name>codemie::VerifyPage</name>
    <message>
        <location filename="../ui/migration/MigrationWizard.cpp" line="+811"/>
        <source>Verify and report</source>
        <translation>Prüfung und Bericht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the database against the source…</source>
        <translation>Datenbank wird mit der Quelle abgeglichen…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>✓ Active administrators and maintainers, who can open Settings → Administration: %1.</source>
        <translation>✓ Aktive Administratoren und Maintainer, die Einstellungen → Administration öffnen können: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ No active administrator or maintainer: nobody can open Settings → Administration. Make someone Maintainer on the Finish page or in the Users page.</source>
        <translation>✗ Kein aktiver Administrator oder Maintainer: Niemand kann Einstellungen → Administration öffnen. Machen Sie jemanden auf der Abschlussseite oder auf der Seite Benutzer zum Maintainer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;The check could not run:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Prüfung konnte nicht ausgeführt werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Every imported user is present with their project assignments (users checked: %1).</source>
        <translation>✓ Jeder importierte Benutzer ist mit seinen Projektzuweisungen vorhanden (geprüfte Benutzer: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ Differences between Keycloak and the database, listed below: %1.</source>
        <translation>✗ Abweichungen zwischen Keycloak und der Datenbank, unten aufgeführt: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ Conflicts not written (an e-mail or username that another user owns): %1. Resolve them in Keycloak or in the Users page, then run the migration again.</source>
        <translation>✗ Nicht geschriebene Konflikte (eine E-Mail-Adresse oder ein Benutzername, der bereits einem anderen Benutzer gehört): %1. Lösen Sie sie in Keycloak oder auf der Seite „Benutzer“ und führen Sie die Migration erneut aus.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>✓ No conflicts left.</source>
        <translation>✓ Keine Konflikte mehr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report saved: %1 (and a readable .md beside it).</source>
        <translation>Bericht gespeichert: %1 (und daneben eine lesbare .md-Datei).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ The report was not saved: %1</source>
        <translation>✗ Der Bericht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>conflict: %1 &lt;%2&gt;: %3</source>
        <translation>Konflikt: %1 &lt;%2&gt;: %3</translation>
    </message>
</context>
<context>
    <name>codemie::WelcomePage</name>
    <message>
        <location line="-1402"/>
        <source>Move users and projects from Keycloak into the platform database</source>
        <translation>Benutzer und Projekte aus Keycloak in die Plattformdatenbank übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This wizard reads every Keycloak user and the projects named in their applications and applications_admin attributes, shows exactly what it would write, and after your approval writes it into the platform database in batches. It can be run again at any time: a second run writes only what is missing.</source>
        <translation>Dieser Assistent liest jeden Keycloak-Benutzer und die in seinen Attributen applications und applications_admin genannten Projekte, zeigt genau, was er schreiben würde, und schreibt dies nach Ihrer Freigabe in Stapeln in die Plattformdatenbank. Er kann jederzeit erneut ausgeführt werden: Ein zweiter Lauf schreibt nur, was fehlt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keycloak is only read, never changed. Nothing is written to the database before you approve the preview.</source>
        <translation>Keycloak wird nur gelesen, nie verändert. Bevor Sie die Vorschau freigeben, wird nichts in die Datenbank geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Which deployment is this?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Um welche Bereitstellung handelt es sich?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fresh installation that has never used Keycloak-managed mode needs no migration: close this wizard, turn on Platform-managed mode (the last page of this wizard lists the settings) and create users in the Users page.</source>
        <translation>Eine Neuinstallation, die nie den Keycloak-verwalteten Modus verwendet hat, benötigt keine Migration: Schließen Sie diesen Assistenten, schalten Sie den plattformverwalteten Modus ein (die letzte Seite dieses Assistenten listet die Einstellungen auf) und legen Sie Benutzer auf der Seite „Benutzer“ an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An existing deployment whose users and project assignments live in Keycloak needs this migration once, before Platform-managed mode is switched on.</source>
        <translation>Eine bestehende Bereitstellung, deren Benutzer und Projektzuordnungen in Keycloak liegen, benötigt diese Migration einmal, bevor der plattformverwaltete Modus eingeschaltet wird.</translation>
    </message>
</context>
<context>
    <name>codemie::WorkerTableModel</name>
    <message>
        <location filename="../ui/common/WorkerTableModel.cpp" line="+64"/>
        <location filename="../ui/common/WorkerTableModel.h" line="+112"/>
        <source>The database worker could not connect.</source>
        <translation>Der Hintergrundprozess konnte keine Verbindung zur Datenbank herstellen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+43"/>
        <source>CodeMie Admin Console</source>
        <translation>CodeMie Admin Console</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown option &apos;%1&apos;. Run codemie-admin --help.</source>
        <translation>Unbekannte Option „%1“. Siehe codemie-admin --help.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Demo database unavailable</source>
        <translation>Demo-Datenbank nicht verfügbar</translation>
    </message>
</context>
</TS>
