// The keyboard help ("?"): a card centred over the dimmed page that lists the shortcuts and offers the
// theme choice (light, dark, or following the system).
#pragma once

#include "ui/view.h"

namespace portfolio::ui {

// Draws the help as its own window over the page while `open`. Esc, the close button or a click beside
// the card set `open` to false; the Appearance switch sets ctx.state.theme_choice. Call after the page
// window's End(), before ImGui::Render().
void ShowHelpOverlay(const ViewContext& ctx, bool& open);

}  // namespace portfolio::ui
