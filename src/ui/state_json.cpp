// The read-only state exposed to tests and embedders: what the visitor sees, as JSON.
#include <nlohmann/json.hpp>

#include "core/route.h"
#include "ui/sections.h"
#include "ui/app.h"

#include <cstdio>

namespace portfolio::ui {
namespace {

// The contact panel as the visitor sees it: the composed link, the availability wording, the owner's
// clock, and where the "Copy address" button is (CSS pixels), for tests that click it.
nlohmann::json ContactJson(const Profile& p, const UiState& state) {
    using nlohmann::json;
    const ContactState& cs = state.contact;
    const char* clock_source = cs.clock.source == ClockSource::Zone ? "zone" : cs.clock.source == ClockSource::ProfileOffset ? "offset" : "";
    json contact = {{"email", p.basics.email},          {"mailto", cs.mailto},
                    {"subject", cs.subject},            {"purpose", std::string(PurposeId(cs.purpose))},
                    {"paper", cs.paper_id},             {"message", std::string(cs.message.data())},
                    {"localTime", cs.clock.text},       {"clockSource", clock_source},
                    {"visitorTimeZone", cs.visitor_zone.value_or("")}, {"cardSaved", cs.card_saved},
                    {"requestedTopicFilter", state.requested_topic_filter}};
    json availability = json::array();
    for (std::size_t i = 0; i < p.availability.size() && i < cs.statuses.size(); ++i)
        availability.push_back({{"title", p.availability[i].title},
                                {"headline", AvailabilityHeadline(p.availability[i], cs.statuses[i])},
                                {"badge", AvailabilityBadge(p.availability[i], cs.statuses[i])},
                                {"status", std::string(StatusId(cs.statuses[i]))}});
    contact["availability"] = std::move(availability);
    if (const auto copy = state.targets.find("contact:copy"); copy != state.targets.end())
        contact["copyButton"] = {{"x", copy->second[0]}, {"y", copy->second[1]}, {"w", copy->second[2]}, {"h", copy->second[3]}};
    return contact;
}

// The résumé sections the page lists, by their first field, in profile order.
nlohmann::json ResumeJson(const Profile& p) {
    auto names = [](const auto& list, auto field) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& item : list) out.push_back(item.*field);
        return out;
    };
    return {{"work", names(p.work, &Work::name)},
            {"volunteer", names(p.volunteer, &Volunteer::organization)},
            {"education", names(p.education, &Education::institution)},
            {"awards", names(p.awards, &Award::title)},
            {"certificates", names(p.certificates, &Certificate::name)},
            {"skills", names(p.skills, &Skill::name)},
            {"languages", names(p.languages, &Language::language)},
            {"references", names(p.references, &Reference::name)}};
}

}  // namespace

std::string App::StateJson() const {
    using nlohmann::json;
    const Profile& p = loaded_.profile;
    json out;
    out["view"] = "home";
    out["embed"] = embed_;
    out["frames"] = frames_;
    out["theme"] = theme_.mode == ThemeMode::Light ? "light" : "dark";
    out["focus"] = state_.focus.target;  // the recorded control with the keyboard focus ("" for none or unnamed)
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
    out["resume"] = ResumeJson(p);
    json errors = json::array();
    for (const Diagnostic& d : loaded_.diagnostics)
        errors.push_back({{"severity", SeverityName(d.severity)}, {"path", d.path}, {"line", d.line},
                          {"column", d.column}, {"message", d.message}, {"file", d.file}});
    out["errors"] = std::move(errors);
    out["hoveredLink"] = state_.hovered_link;
    out["visitorFile"] = state_.visitor_file;
    nlohmann::json startup = nlohmann::json::object();
    for (const auto& [phase, ms] : startup_) startup[phase] = ms;
    out["startup"] = std::move(startup);
    {  // glyphs: what the atlas cannot draw of the profile (drawn as boxes) and the fallback font files
        // Once per atlas (InitFonts clears it), not per call: the 10k profile's text is 5 MB.
        if (!missing_glyphs_ && ImGui::GetIO().Fonts->IsBuilt()) missing_glyphs_ = MissingGlyphs(fonts_, CollectProfileText(p));
        const std::vector<char32_t> missing = missing_glyphs_.value_or(std::vector<char32_t>{});
        nlohmann::json codes = nlohmann::json::array();
        for (const char32_t c : missing) {
            char hex[12];
            std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(c));
            codes.push_back(hex);
        }
        out["fonts"] = {{"missing", missing.size()}, {"missingCodePoints", std::move(codes)}, {"fallbackLoaded", fallback_.Loaded()},
                        {"fallbackPending", fallback_.Pending()}, {"fallbackFailed", fallback_.Failed()},
                        {"fallbackBytes", fallback_.LoadedBytes()}};
    }
    out["route"] = RouteText();
    const PublicationsState& ps = state_.publications;
    json visible = json::array();
    // The result the page draws: the app runs the query whenever the filter changes (ApplyRoute, frames).
    for (std::size_t i : query_.Result().visible) visible.push_back(p.publications[i].id);
    out["visiblePublications"] = std::move(visible);
    out["selectedPublication"] = ps.selected;
    out["query"] = ps.filter.query;
    out["searchFocused"] = ps.search_active;
    json targets = json::object();
    for (const auto& [name, r] : state_.targets) targets[name] = {r[0], r[1], r[2], r[3]};
    out["targets"] = std::move(targets);
    out["contact"] = ContactJson(p, state_);
    const a11y::MirrorStats& a11y = mirror_.Stats();  // the accessible layer's cost (tests/web/a11y-cost.mjs)
    out["a11y"] = {{"nodes", a11y.nodes}, {"collectMs", a11y.collect_ms}, {"collectMsTotal", a11y.total_ms},
                   {"frames", a11y.frames}, {"updates", a11y.updates}, {"moves", a11y.moves}};
    // Replace invalid UTF-8 rather than abort: messages can quote the profile's bytes.
    return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace portfolio::ui
