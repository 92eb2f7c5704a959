// ConnectionSettings::fromUri, as `--db` and the connection dialog give it:
// whatever it accepts must print back (toUri) into a URI that it accepts
// again as the same settings (a profile stores toUri() and reads it back
// with fromUri).
#include "ConnectionSettings.h"
#include "FuzzSupport.h"

using namespace codemie;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<ConnectionSettings> parsed =
        ConnectionSettings::fromUri(QString::fromUtf8(fuzz::bytes(data, size)));
    if (!parsed.isOk())
        return 0;
    const ConnectionSettings &s = parsed.value;
    (void)s.displayName();
    (void)s.isLoopback();
    const QString uri = s.toUri();
    // fromUri trims its input: an SQLite path that starts or ends with white
    // space (cleanPath of "sqlite:x /." is "x ") cannot come back unchanged.
    if (uri != uri.trimmed())
        return 0;
    const Result<ConnectionSettings> again = ConnectionSettings::fromUri(uri);
    if (!again.isOk() || again.value.toUri() != uri) {
        fprintf(stderr, "round trip failed: %s -> %s\n", qPrintable(uri),
                again.isOk() ? qPrintable(again.value.toUri())
                             : qPrintable(again.outcome.message()));
        abort();
    }
    return 0;
}
