// The read-only state exposed to tests and embedders: what the visitor sees, as JSON.
#include <nlohmann/json.hpp>

#include "ui/app.h"

namespace portfolio::ui {

std::string App::StateJson() const {
    using nlohmann::json;
    const Profile& p = loaded_.profile;
    json out;
    out["view"] = "home";
    out["frames"] = frames_;
    out["theme"] = theme_.mode == ThemeMode::Light ? "light" : "dark";
    out["name"] = p.basics.name;
    out["scrollY"] = scroll_y_;
    out["contentHeight"] = content_height_;
    json sections = json::array();
    for (const auto& [id, y] : state_.section_y) sections.push_back({{"id", id}, {"y", y}});
    out["sections"] = std::move(sections);
    json pubs = json::array();
    for (const Publication& pub : p.publications)
        pubs.push_back({{"id", pub.id}, {"title", pub.name}, {"year", pub.release_date.year}, {"venue", pub.publisher},
                        {"topics", pub.topics}});
    out["publications"] = std::move(pubs);
    json projects = json::array();
    for (const Project& pr : p.projects) projects.push_back({{"id", pr.id}, {"name", pr.name}});
    out["projects"] = std::move(projects);
    json errors = json::array();
    for (const Diagnostic& d : loaded_.diagnostics)
        errors.push_back({{"severity", d.severity == Severity::Error ? "error" : "warning"}, {"path", d.path}, {"line", d.line},
                          {"column", d.column}, {"message", d.message}});
    out["errors"] = std::move(errors);
    out["hoveredLink"] = state_.hovered_link;
    // Replace invalid UTF-8 rather than abort: messages can quote the profile's bytes.
    return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace portfolio::ui
