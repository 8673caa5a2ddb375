// Small helpers shared by the patient-store tests: sample records and plan documents, file
// hashes (to prove a file was not touched) and raw SQL access for setting up odd files.
#pragma once

#include "store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Like QVERIFY(result.ok()), but shows the store's error message when it fails.
#define STORE_VERIFY(expression)                                                                                       \
    do {                                                                                                               \
        const auto &storeResult_ = (expression);                                                                       \
        QVERIFY2(storeResult_.ok(), qPrintable(storeResult_.ok() ? QString() : storeResult_.error().text()));          \
    } while (false)

namespace storetest {

// The rwx bits of a file for owner, group and others.
inline int unixMode(const QString &path)
{
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[]
        = {{QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
            {QFileDevice::ReadGroup, 040}, {QFileDevice::WriteGroup, 020}, {QFileDevice::ExeGroup, 010},
            {QFileDevice::ReadOther, 04}, {QFileDevice::WriteOther, 02}, {QFileDevice::ExeOther, 01}};
    for (const auto &[flag, bit] : bits) {
        if (p.testFlag(flag))
            mode |= bit;
    }
    return mode;
}

inline QByteArray planDocument(const QString &title, double mg)
{
    const QJsonObject dose {{QStringLiteral("drug"), QStringLiteral("diazepam")},
        {QStringLiteral("time"), QStringLiteral("08:00")}, {QStringLiteral("mg"), mg}};
    const QJsonObject plan {{QStringLiteral("format"), QStringLiteral("lento-plan/1")},
        {QStringLiteral("title"), title}, {QStringLiteral("current"), QJsonArray {dose}},
        {QStringLiteral("steps"),
            QJsonArray {QJsonObject {{QStringLiteral("day"), 0}, {QStringLiteral("doses"), QJsonArray {dose}}}}}};
    return QJsonDocument(plan).toJson(QJsonDocument::Compact);
}

inline lento::store::PatientRecord patient(const QString &identifier, const QString &name)
{
    lento::store::PatientRecord p;
    p.identifier = identifier;
    p.name = name;
    return p;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

// Runs statements on a database file directly (outside the store), for preparing odd files.
inline bool rawExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("storetest-raw"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("storetest-raw"));
    return ok;
}

inline QVariant rawScalar(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("storetest-raw"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("storetest-raw"));
    return value;
}

} // namespace storetest
