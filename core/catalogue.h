// The drug catalogue: every agent Lento knows, loaded from resources/drugs.json (embedded as
// :/data/drugs.json), validated on load. A bad entry is an error naming the drug and the field.
#pragma once

#include "drug.h"
#include "expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace lento {

class Catalogue
{
public:
    Catalogue() = default;

    // Parses and validates a catalogue document (the format of resources/drugs.json).
    static Expected<Catalogue> fromJson(const QByteArray &json);
    // The catalogue embedded in the program (:/data/drugs.json).
    static Expected<Catalogue> builtIn();
    // A process-wide copy of builtIn(), loaded once; aborts with a message if it is invalid.
    static const Catalogue &shared();

    const DrugParams *find(const QString &id) const;
    bool contains(const QString &id) const { return find(id) != nullptr; }
    const QList<DrugParams> &drugs() const { return m_drugs; }
    QStringList ids() const;
    QStringList regions() const { return m_regions; } // e.g. cn, uk, us, eu
    QStringList equivalenceSources() const { return m_eqSources; } // e.g. ashton, vadod
    QString sourceDescription(const QString &key) const; // source key (or equivalence source) -> citation
    QString regionName(const QString &region) const; // "cn" -> "China"

private:
    QList<DrugParams> m_drugs;
    QStringList m_regions;
    QStringList m_eqSources;
    QMap<QString, QString> m_sourceText;
    QMap<QString, QString> m_eqSourceText;
    QMap<QString, QString> m_regionNames;
};

} // namespace lento
