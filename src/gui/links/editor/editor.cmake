# The link editor: one link's tabs (general, bindings, property matrix, preview, lint,
# raw JSON), saving with conflict resolution, and local drafts.
target_sources(odag_gui PRIVATE
  links/editor/BindingsModel.cpp links/editor/BindingsModel.h
  links/editor/BindingsPage.cpp links/editor/BindingsPage.h
  links/editor/ConflictDialog.cpp links/editor/ConflictDialog.h
  links/editor/DraftStore.cpp links/editor/DraftStore.h
  links/editor/GeneralPage.cpp links/editor/GeneralPage.h
  links/editor/JsonPage.cpp links/editor/JsonPage.h
  links/editor/LinkEditor.cpp links/editor/LinkEditorSave.cpp links/editor/LinkEditor.h
  links/editor/LinkEditorDialog.cpp links/editor/LinkEditorDialog.h
  links/editor/PreviewPage.cpp links/editor/PreviewPage.h
  links/editor/PropertiesPage.cpp links/editor/PropertiesPage.h
  links/editor/PropertyDelegate.cpp links/editor/PropertyDelegate.h
  links/editor/PropertyEditors.cpp links/editor/PropertyEditors.h
  links/editor/PropertyMatrixModel.cpp links/editor/PropertyMatrixModel.h
)
