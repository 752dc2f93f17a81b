# Sign-in pieces of a connection: the OAuth2 browser sign-in and the certificate trust
# dialog (paths relative to src/gui).
target_sources(odag_gui PRIVATE
  connection/CertificateDialog.cpp connection/CertificateDialog.h
  connection/OAuthSignInDialog.cpp connection/OAuthSignInDialog.h
)
