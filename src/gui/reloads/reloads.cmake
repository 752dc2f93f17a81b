# Reloads workspace: an app's reloads, live; trigger, cancel, log (Qlik Cloud).
target_sources(odag_gui PRIVATE
  reloads/ReloadLogDialog.cpp reloads/ReloadLogDialog.h
  reloads/ReloadStatusDelegate.cpp reloads/ReloadStatusDelegate.h
  reloads/ReloadsModel.cpp reloads/ReloadsModel.h
  reloads/ReloadsWorkspace.cpp reloads/ReloadsWorkspace.h
  reloads/TriggerReloadDialog.cpp reloads/TriggerReloadDialog.h
)
