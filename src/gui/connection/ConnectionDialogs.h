#pragma once

class QWidget;

namespace odag::gui {

class SessionFactory;

// Hooks the connection dialogs into a session factory: the certificate dialog when a
// server's certificate fails verification (trusting pins it in the profile), and the
// OAuth browser sign-in when an OAuth profile has no usable refresh token. The dialogs
// open over the active window (the profile manager when it is in front), else `parent`.
void useConnectionDialogs(SessionFactory *factory, QWidget *parent);

} // namespace odag::gui
