# Tenant health workspace: ODAG settings and apps, engine health, healthcheck and sessions.
target_sources(odag_gui PRIVATE
  health/EngineHealthPanel.cpp health/EngineHealthPanel.h
  health/EngineSessionModel.cpp health/EngineSessionModel.h
  health/EngineSessionsPanel.cpp health/EngineSessionsPanel.h
  health/HealthSection.h
  health/KeyedTableModel.h
  health/OdagAppListModel.cpp health/OdagAppListModel.h
  health/OdagAppsPanel.cpp health/OdagAppsPanel.h
  health/OdagSettingsPanel.cpp health/OdagSettingsPanel.h
  health/QseAboutPanel.cpp health/QseAboutPanel.h
  health/TenantHealthPage.cpp health/TenantHealthPage.h
)
