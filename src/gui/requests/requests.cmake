# Requests workspace: the live monitor (requests/) and the request operations,
# submit dialog, history and timeline (requests/ops/).
target_sources(odag_gui PRIVATE
  requests/RequestCompactor.cpp requests/RequestCompactor.h
  requests/RequestConversion.cpp requests/RequestConversion.h
  requests/RequestLoadQueue.cpp requests/RequestLoadQueue.h
  requests/RequestDetailsPanel.cpp requests/RequestDetailsPanel.h
  requests/RequestFormat.cpp requests/RequestFormat.h
  requests/RequestMonitor.cpp requests/RequestMonitor.h
  requests/RequestMonitorLoad.cpp requests/RequestMonitorPrivate.h
  requests/RequestOpsBinder.cpp requests/RequestOpsBinder.h
  requests/RequestOrder.cpp requests/RequestOrder.h
  requests/RequestSorter.cpp requests/RequestSorter.h
  requests/RequestStateDelegate.cpp requests/RequestStateDelegate.h
  requests/RequestsFilterProxy.cpp requests/RequestsFilterProxy.h
  requests/RequestsModel.cpp requests/RequestsModel.h
  requests/RequestsView.cpp requests/RequestsView.h
  requests/RequestsWorkspace.cpp requests/RequestsWorkspace.h
)
include(${CMAKE_CURRENT_LIST_DIR}/ops/ops.cmake OPTIONAL)
