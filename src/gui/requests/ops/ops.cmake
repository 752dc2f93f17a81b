# Request operations: actions on requests, the submit dialog, tray notifications, the
# local history (SQLite) with per-link statistics, and the timeline.
target_sources(odag_gui PRIVATE
  requests/ops/BulkResultDialog.cpp requests/ops/BulkResultDialog.h
  requests/ops/CancelOptionsDialog.cpp requests/ops/CancelOptionsDialog.h
  requests/ops/LinkStatsModel.cpp requests/ops/LinkStatsModel.h
  requests/ops/RenameAppDialog.cpp requests/ops/RenameAppDialog.h
  requests/ops/RequestActions.cpp requests/ops/RequestActions.h
  requests/ops/RequestActionsController.cpp requests/ops/RequestActionsController.h
  requests/ops/RequestHistory.cpp requests/ops/RequestHistory.h
  requests/ops/SubmitRequestDialog.cpp requests/ops/SubmitRequestDialog.h
  requests/ops/TimelinePage.cpp requests/ops/TimelinePage.h
  requests/ops/TimelineView.cpp requests/ops/TimelineView.h
  requests/ops/TrayNotifier.cpp requests/ops/TrayNotifier.h
)
target_link_libraries(odag_gui PUBLIC Qt6::Sql)
