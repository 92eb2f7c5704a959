#include "KeycloakFloor.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <malloc.h>

namespace codemie::bench {

// Heap bytes in use (not the resident set, which keeps freed pages).
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return static_cast<qint64>(info.uordblks + info.hblkhd);
}

QByteArray get(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &auth,
               const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!auth.isEmpty())
        request.setRawHeader("Authorization", auth);
    QNetworkReply *reply = nullptr;
    if (body.isEmpty()) {
        reply = nam.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = nam.post(request, body);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = reply->readAll();
    delete reply;
    return data;
}

// The floor: what reading the same pages costs without the client.
qint64 floorRun(const QUrl &base, const QString &realm, const QString &clientId,
                const QString &secret, int users)
{
    QElapsedTimer t;
    t.start();
    QNetworkAccessManager nam;
    // Under the base address's path, if any (a Keycloak served under /auth).
    QString root = base.path();
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    QUrl tokenUrl = base;
    tokenUrl.setPath(root + QStringLiteral("/realms/%1/protocol/openid-connect/token").arg(realm));
    const QByteArray tokenBody =
        get(nam, tokenUrl, {},
            "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(clientId) +
                "&client_secret=" + QUrl::toPercentEncoding(secret));
    const QByteArray auth = "Bearer " + QJsonDocument::fromJson(tokenBody)
                                            .object()
                                            .value(QLatin1String("access_token"))
                                            .toString()
                                            .toLatin1();
    qsizetype parsed = 0;
    QList<QJsonArray> kept; // a reader keeps what it read
    for (int first = 0; first <= users; first += 100) {
        QUrl url = base;
        url.setPath(root + QStringLiteral("/admin/realms/%1/users").arg(realm));
        url.setQuery(QStringLiteral("first=%1&max=100&briefRepresentation=false").arg(first));
        kept.append(QJsonDocument::fromJson(get(nam, url, auth)).array());
        parsed += kept.last().size();
    }
    if (parsed != users)
        qFatal("floor read %lld users, not %d", static_cast<long long>(parsed), users);
    return t.elapsed();
}

} // namespace codemie::bench
