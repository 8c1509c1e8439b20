#include "decoder/senderidentity.h"

#include <QRegularExpression>
#include <QUrl>

#include <arpa/inet.h>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// \s of a regular expression without Unicode properties: space, tab, LF, VT, FF, CR.
bool isSpace(QChar c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// The tag's name at `at` of the header, any case (as a caseless regular expression compares:
// by simple case folding).
bool tagAt(const QString &header, qsizetype at, const QString &tag)
{
    if (at + tag.size() > header.size())
        return false;
    for (qsizetype i = 0; i < tag.size(); ++i) {
        if (header.at(at + i).toCaseFolded() != tag.at(i).toCaseFolded())
            return false;
    }
    return true;
}

// "tag=value" of a tag list (DKIM-Signature, Authentication-Results method results): the first
// "tag" at the start or after ';' or a space, then optional spaces, '=', optional spaces and the
// value up to ';', a space or a parenthesis. A scanner, not a regular expression built for each
// call (that was 8% of a whole `decode` run: compiling and JIT-compiling it).
QString tagValue(const QString &header, const QString &tag)
{
    const qsizetype size = header.size();
    for (qsizetype at = 0; at < size; ++at) {
        if (at > 0 && header.at(at - 1) != u';' && !isSpace(header.at(at - 1)))
            continue;
        if (!tagAt(header, at, tag))
            continue;
        qsizetype i = at + tag.size();
        while (i < size && isSpace(header.at(i)))
            ++i;
        if (i == size || header.at(i) != u'=')
            continue;
        ++i;
        while (i < size && isSpace(header.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < size && header.at(i) != u';' && header.at(i) != u'(' && header.at(i) != u')'
               && !isSpace(header.at(i)))
            ++i;
        if (i > start)
            return header.mid(start, i - start);
    }
    return {};
}

// Loopback, private (RFC 1918), link-local, unique local: a hop inside the sender's network.
bool isPrivate(const QString &ip)
{
    static const QRegularExpression inside(
        uR"(^(?:127\.|10\.|192\.168\.|169\.254\.|172\.(?:1[6-9]|2\d|3[01])\.|::1$|f[cd]|fe[89ab]))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return inside.match(ip).hasMatch();
}

// A public IP address quoted in text: "[203.0.113.5]", "(203.0.113.5)", "ip 203.0.113.5".
QString firstPublicIp(const QString &text)
{
    static const QRegularExpression ip(
        uR"((?<![\w.:])(\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7})(?![\w.:]))"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = ip.globalMatch(text); it.hasNext();) {
        const QString found = SendingIdentity::ipAddress(it.next().captured(1));
        if (!found.isEmpty() && !isPrivate(found))
            return found;
    }
    return {};
}

void readReceived(const QString &value, SendingIdentity *id)
{
    // "from mail.example.com (mail.example.com. [203.0.113.5]) by mx.google.com ..."
    static const QRegularExpression from(uR"(^\s*from\s+(\S+)\s*\(([^)]*)\))"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = from.match(value);
    if (!m.hasMatch())
        return;
    const QString ip = firstPublicIp(m.captured(2));
    if (ip.isEmpty())
        return; // a hop inside the sender's network: not what the receiver saw
    id->ip = ip;
    id->helo = SendingIdentity::hostName(m.captured(1));
}

void readReceivedSpf(const QString &value, SendingIdentity *id)
{
    if (id->spf.isEmpty())
        id->spf = value.section(u' ', 0, 0, QString::SectionSkipEmpty).toLower();
    if (id->ip.isEmpty())
        id->ip = SendingIdentity::ipAddress(tagValue(value, u"client-ip"_s));
    if (id->helo.isEmpty())
        id->helo = SendingIdentity::hostName(tagValue(value, u"helo"_s));
    if (id->returnPathDomain.isEmpty())
        id->returnPathDomain = SendingIdentity::addressDomain(tagValue(value, u"envelope-from"_s));
}

void readAuthResults(const QString &value, SendingIdentity *id)
{
    if (id->authResults.isEmpty())
        id->authResults = value.simplified().left(1000);
    for (auto [method, target] : {std::pair{u"spf"_s, &id->spf}, std::pair{u"dkim"_s, &id->dkim},
                                  std::pair{u"dmarc"_s, &id->dmarc}}) {
        if (target->isEmpty())
            *target = tagValue(value, method).toLower();
    }
    if (id->returnPathDomain.isEmpty())
        id->returnPathDomain = SendingIdentity::addressDomain(tagValue(value, u"smtp.mailfrom"_s));
    if (id->dkimDomain.isEmpty()) {
        QString d = tagValue(value, u"header.d"_s);
        if (d.isEmpty())
            d = SendingIdentity::addressDomain(tagValue(value, u"header.i"_s));
        id->dkimDomain = SendingIdentity::hostName(d);
        id->dkimSelector = SendingIdentity::hostName(tagValue(value, u"header.s"_s));
    }
    if (id->ip.isEmpty()) {
        static const QRegularExpression designates(uR"(designates?\s+(\S+)\s+as\s+permitted)"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        id->ip = SendingIdentity::ipAddress(designates.match(value).captured(1));
    }
}

void readHeader(const QString &name, const QString &value, SendingIdentity *id)
{
    if (name == u"return-path"_s && id->returnPathDomain.isEmpty()) {
        id->returnPathDomain = SendingIdentity::addressDomain(value);
    } else if (name == u"from"_s && id->fromDomain.isEmpty()) {
        id->fromDomain = SendingIdentity::addressDomain(value);
    } else if (name == u"dkim-signature"_s && id->dkimDomain.isEmpty()) {
        id->dkimDomain = SendingIdentity::hostName(tagValue(value, u"d"_s));
        id->dkimSelector = SendingIdentity::hostName(tagValue(value, u"s"_s));
    } else if (name == u"received"_s && id->ip.isEmpty()) {
        readReceived(value, id);
    } else if (name == u"received-spf"_s) {
        readReceivedSpf(value, id);
    } else if (name == u"authentication-results"_s || name == u"arc-authentication-results"_s) {
        readAuthResults(value, id);
    }
}

} // namespace

QString SendingIdentity::hostName(const QString &text)
{
    QString host = text.trimmed();
    while (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty() || host.size() > 253)
        return {};
    const QByteArray ace = QUrl::toAce(host);
    if (ace.isEmpty())
        return {};
    static const QRegularExpression ldh(
        uR"(^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}))*$)"_s);
    const QString ascii = QString::fromLatin1(ace).toLower();
    return ldh.match(ascii).hasMatch() ? ascii : QString();
}

QString SendingIdentity::ipAddress(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(u'[') && t.endsWith(u']'))
        t = t.mid(1, t.size() - 2);
    if (t.startsWith(u"ipv6:"_s, Qt::CaseInsensitive))
        t = t.mid(5);
    const QByteArray latin = t.toLatin1();
    unsigned char bytes[16];
    char canonical[INET6_ADDRSTRLEN] = {};
    for (const int family : {AF_INET, AF_INET6}) {
        if (inet_pton(family, latin.constData(), bytes) == 1
            && inet_ntop(family, bytes, canonical, sizeof canonical))
            return QString::fromLatin1(canonical);
    }
    return {};
}

QString SendingIdentity::addressDomain(const QString &address)
{
    QString a = address.trimmed();
    const qsizetype open = a.lastIndexOf(u'<');
    if (open >= 0)
        a = a.mid(open + 1).section(u'>', 0, 0);
    const qsizetype at = a.lastIndexOf(u'@');
    if (at < 0)
        return {};
    return hostName(a.mid(at + 1).section(u' ', 0, 0));
}

QString SendingIdentity::organizationalDomain(const QString &domain)
{
    const QStringList labels = domain.toLower().split(u'.', Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return labels.join(u'.');
    static const QStringList secondLevel{u"co"_s, u"com"_s, u"ne"_s,  u"or"_s,  u"ac"_s,
                                         u"go"_s, u"gov"_s, u"edu"_s, u"net"_s, u"org"_s};
    const bool country = labels.last().size() == 2;
    const qsizetype keep = country && secondLevel.contains(labels.at(labels.size() - 2)) ? 3 : 2;
    return labels.mid(labels.size() - keep).join(u'.');
}

QStringList SendingIdentity::misaligned() const
{
    QStringList failed;
    if (fromDomain.isEmpty())
        return failed;
    const QString from = organizationalDomain(fromDomain);
    if (!dkimDomain.isEmpty() && organizationalDomain(dkimDomain) != from)
        failed << u"dkim"_s;
    if (!returnPathDomain.isEmpty() && organizationalDomain(returnPathDomain) != from)
        failed << u"spf"_s;
    return failed;
}

SendingIdentity SendingIdentity::find(const QList<QPair<QString, QString>> &original,
                                      const QStringList &replies)
{
    SendingIdentity id;
    for (const auto &h : original)
        readHeader(h.first, h.second, &id);
    // The reply names the IP it refused ("550-5.7.1 [203.0.113.5 12] ...") before any hop.
    for (const QString &reply : replies) {
        const QString ip = firstPublicIp(reply);
        if (!ip.isEmpty()) {
            id.ip = ip;
            break;
        }
    }
    return id;
}

} // namespace BounceLens
