# The link editor against a real sandbox: create, edit with the cell editors, 409 conflict
# view, preview as user, lint, raw JSON, drafts, unknown fields kept.
odag_add_test(NAME tst_link_editor SOURCES links/editor/tst_link_editor.cpp LIBS odag::gui odag::sandbox)
