// The portfolio UI as one object: builds one ImGui frame at a time from the loaded profile.
#include "ui/app.h"

#include <algorithm>
#include <ctime>

#include "ui/sections.h"

namespace portfolio::ui {
namespace {

Date Today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
#if defined(_WIN32)
    localtime_s(&local, &now);
#else
    localtime_r(&now, &local);
#endif
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace

App::App(AppSettings settings, Host host) : settings_(std::move(settings)), host_(std::move(host)), theme_(MakeTheme(settings_.theme)) {}

void App::SetProfile(LoadResult loaded) {
    loaded_ = std::move(loaded);
    markup_.Clear();
    state_.section_y.clear();
}

bool App::InitFonts(std::string& error) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    const bool ok = LoadFonts(io, settings_.asset_dir, CollectProfileText(loaded_.profile), settings_.pixel_scale, fonts_, error);
    ApplyStyle(theme_, ImGui::GetStyle());
    return ok;
}

void App::SetTheme(ThemeMode mode) {
    theme_ = MakeTheme(mode);
    ApplyStyle(theme_, ImGui::GetStyle());
}

void App::Frame() {
    ImGui::NewFrame();
    state_.hovered_link.clear();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("##portfolio", nullptr, flags);

    const float window_w = ImGui::GetWindowWidth() - ImGui::GetStyle().ScrollbarSize;
    const bool compact = window_w < 640.0f;
    const float gutter = compact ? theme_.metrics.gutter_compact : theme_.metrics.gutter;
    const float column = std::min(theme_.metrics.column_max, window_w - 2.0f * gutter);
    const float x = ImGui::GetWindowPos().x + std::max(gutter, (window_w - column) * 0.5f);
    ViewContext ctx{loaded_.profile, loaded_.diagnostics, state_, theme_, fonts_, markup_, host_, Today(), x, column, compact};

    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 14.0f));
    bool toggle_theme = false;
    ShowNavigation(ctx, toggle_theme);
    ShowDiagnostics(ctx);
    ShowHeader(ctx);
    ShowAbout(ctx);
    ShowPublications(ctx);
    ShowProjects(ctx);
    ShowExperience(ctx);
    ShowEducation(ctx);
    ShowContact(ctx);
    ShowFooter(ctx);

    scroll_y_ = ImGui::GetScrollY();
    content_height_ = ImGui::GetCursorPosY();
    ImGui::End();
    ImGui::Render();
    if (toggle_theme) SetTheme(theme_.mode == ThemeMode::Light ? ThemeMode::Dark : ThemeMode::Light);
    ++frames_;
}

bool App::Animating() const {
    return !state_.copied_what.empty() && ImGui::GetTime() - state_.copied_at < 2.5;
}

std::string CollectProfileText(const Profile& p) {
    std::string all;
    auto add = [&](const std::string& s) { all += s; };
    add(p.basics.name); add(p.basics.label); add(p.basics.summary); add(p.basics.location.city); add(p.basics.email);
    if (p.basics.affiliation) add(p.basics.affiliation->name);
    for (const auto& a : p.basics.advisors) add(a.name);
    for (const auto& sp : p.basics.profiles) add(sp.network);
    for (const auto& t : p.topics) add(t.name);
    for (const auto& pub : p.publications) {
        add(pub.name); add(pub.publisher); add(pub.summary);
        for (const auto& a : pub.authors) add(a.name);
        for (const auto& b : pub.badges) add(b);
        for (const auto& l : pub.links) add(l.label);
    }
    for (const auto& pr : p.projects) {
        add(pr.name); add(pr.description);
        for (const auto& h : pr.highlights) add(h);
        for (const auto& k : pr.keywords) add(k);
        for (const auto& r : pr.roles) add(r);
    }
    for (const auto& w : p.work) {
        add(w.name); add(w.position); add(w.summary); add(w.location);
        for (const auto& h : w.hosts) add(h.name);
        for (const auto& f : w.features) add(f);
        for (const auto& h : w.highlights) add(h);
    }
    for (const auto& e : p.education) {
        add(e.institution); add(e.area); add(e.study_type); add(e.location);
        for (const auto& s : e.supervisors) add(s.name);
    }
    for (const auto& i : p.interests) add(i.name);
    for (const auto& a : p.availability) { add(a.title); add(a.description); }
    for (const auto& s : p.sections) { add(s.title); add(s.body); }
    return all;
}

}  // namespace portfolio::ui
