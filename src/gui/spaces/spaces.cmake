# Spaces workspace: the tenant's spaces, their members and space types (Qlik Cloud).
target_sources(odag_gui PRIVATE
  spaces/AssignmentDialog.cpp spaces/AssignmentDialog.h
  spaces/SpaceAssignmentsModel.cpp spaces/SpaceAssignmentsModel.h
  spaces/SpaceDetailsPanel.cpp spaces/SpaceDetailsPanel.h
  spaces/SpaceDialog.cpp spaces/SpaceDialog.h
  spaces/SpaceRoleCatalog.cpp spaces/SpaceRoleCatalog.h
  spaces/SpacesModel.cpp spaces/SpacesModel.h
  spaces/SpacesWorkspace.cpp spaces/SpacesWorkspace.h
)
