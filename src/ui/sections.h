// The page's sections, one function each, in page order. Each draws at the cursor inside the
// content column given by the ViewContext and leaves the cursor below itself.
#pragma once

#include "ui/view.h"

namespace portfolio::ui {

void ShowNavigation(const ViewContext& ctx, bool& toggle_theme);  // top bar: section links and theme switch
void ShowDiagnostics(const ViewContext& ctx);                     // problems found in the profile, if any
void ShowHeader(const ViewContext& ctx);                          // avatar, name, role, affiliation, contact icons
void ShowAbout(const ViewContext& ctx);                           // bio, research statement, interests
void ShowPublications(const ViewContext& ctx);                    // grouped by topic (or year)
void ShowProjects(const ViewContext& ctx);                        // cards in a responsive grid
void ShowExperience(const ViewContext& ctx);                      // work as a vertical timeline
void ShowEducation(const ViewContext& ctx);                       // degrees as a vertical timeline
void ShowContact(const ViewContext& ctx);                         // availability, e-mail, profiles, local time
void ShowFooter(const ViewContext& ctx);

// Shared by header and contact: the owner's social and scholarly profiles as icon buttons.
void ShowProfileIcons(const ViewContext& ctx, const char* id_prefix);
// The icon for a link type ("paper", "code", ...) or a network ("GitHub", ...).
const char* IconForLinkType(std::string_view type);
const char* IconForNetwork(std::string_view network);

}  // namespace portfolio::ui
