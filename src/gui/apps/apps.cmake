# The Apps workspace (Qlik Cloud apps: list, details, data, script, transfer).
target_sources(odag_gui PRIVATE
  apps/AppDataModelTab.cpp apps/AppDataModelTab.h
  apps/AppDetailsTab.cpp apps/AppDetailsTab.h
  apps/AppFormDialog.cpp apps/AppFormDialog.h
  apps/AppLineageTab.cpp apps/AppLineageTab.h
  apps/AppOperations.cpp apps/AppOperations.h
  apps/AppReloadLogsTab.cpp apps/AppReloadLogsTab.h
  apps/AppScriptTab.cpp apps/AppScriptTab.h
  apps/AppTab.cpp apps/AppTab.h
  apps/AppTableItems.cpp apps/AppTableItems.h
  apps/AppTransferBar.cpp apps/AppTransferBar.h
  apps/AppsModel.cpp apps/AppsModel.h
  apps/AppsWorkspace.cpp apps/AppsWorkspace.h
  apps/ScriptHighlighter.cpp apps/ScriptHighlighter.h
)
