#include "SandboxLinks.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxUsers.h"

namespace odag::sandbox {

namespace {

const QString kSelectionApp = QStringLiteral("selectionApp");
const QString kQseProperties = QStringLiteral("qseProperties");

// Per-caller members are computed on every answer, never stored.
const QStringList kPerCallerFields{QStringLiteral("privileges"), QStringLiteral("genAppAccessible"),
                                   QStringLiteral("templateAppChartObjects")};

std::optional<StoredLink> fromDocument(const StoredDocument &doc)
{
    QJsonObject json = doc.json;
    const QString selectionApp = json.take(kSelectionApp).toString();
    const QJsonObject qse = json.take(kQseProperties).toObject();
    auto link = json::decode<LinkStateFull>(QJsonValue(json));
    if (!link)
        return std::nullopt;
    return StoredLink{std::move(link).value(), selectionApp, qse};
}

} // namespace

SandboxLinks::SandboxLinks(SandboxServer &server)
    : m_server(server)
{}

QString SandboxLinks::collection()
{
    return QString::fromLatin1(kLinksCollection);
}

std::optional<StoredLink> SandboxLinks::get(const QString &linkId) const
{
    const auto doc = m_server.store().get(collection(), linkId);
    if (!doc)
        return std::nullopt;
    return fromDocument(*doc);
}

QList<StoredLink> SandboxLinks::all() const
{
    QList<StoredLink> links;
    const QList<StoredDocument> docs = m_server.store().all(collection());
    links.reserve(docs.size());
    for (const StoredDocument &doc : docs) {
        if (auto link = fromDocument(doc))
            links.append(std::move(*link));
    }
    return links;
}

bool SandboxLinks::put(const StoredLink &link)
{
    QJsonObject json = json::encode(link.link).toObject();
    for (const QString &field : kPerCallerFields)
        json.remove(field);
    json.insert(kSelectionApp, link.selectionAppId);
    if (!link.qseProperties.isEmpty())
        json.insert(kQseProperties, link.qseProperties);
    return m_server.store().put(collection(), link.link.id, json, link.link.owner.id);
}

bool SandboxLinks::remove(const QString &linkId)
{
    return m_server.store().remove(collection(), linkId);
}

bool SandboxLinks::canModify(const StoredLink &link, const SandboxUser &user)
{
    return user.admin || link.link.owner.id == user.id;
}

} // namespace odag::sandbox
