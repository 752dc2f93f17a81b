#pragma once

// The answers of GET /apps/{id}/data/metadata and /data/lineage, derived from the script
// an app's last successful load ran (ScriptModel): the real DataModelMetadata shape
// (snake_case, seed 004 and apps.d.ts) and LineageInfoRest entries. Counts and sizes
// are estimates that follow the script deterministically.

#include "ScriptModel.h"

#include <QJsonArray>
#include <QJsonObject>

namespace odag::sandbox {

// An app that holds no data answers the empty structure the service documents.
QJsonObject emptyDataModelMetadata(const QString &usage);
QJsonObject dataModelMetadata(const ScriptModel &model, const QString &usage);
QJsonArray dataLineage(const ScriptModel &model);

// Milliseconds of engine time a load of this model takes (reload phases, reload_meta).
qint64 estimatedLoadMs(const ScriptModel &model);

} // namespace odag::sandbox
