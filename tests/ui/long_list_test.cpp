// Headless test of the publication list at length: a 3000-publication synthetic profile scrolled deep into
// the list and back. Only the cards near the view are laid out (the list passes over the others by their
// kept offsets); what is on screen must be consecutive cards of the list, in order, steady from frame to
// frame, and the first card must come back after scrolling up.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/load.h"
#include "headless.h"
#include "synthetic_profile.h"
#include "ui/imgui_assert.h"

using namespace portfolio;

namespace {

// The list positions of the cards whose Cite button is on screen, by the button's y, top first.
std::vector<std::size_t> CardsOnScreen(test::Page& page, float height) {
    const nlohmann::json state = page.State();
    const std::vector<std::string> visible = state["visiblePublications"].get<std::vector<std::string>>();
    std::map<std::string, std::size_t> position;
    for (std::size_t k = 0; k < visible.size(); ++k) position[visible[k]] = k;
    std::vector<std::pair<float, std::size_t>> by_y;
    for (const auto& item : state["targets"].items()) {  // no structured binding: clang-14 cannot capture one in REQUIRE_MESSAGE
        const std::string& name = item.key();
        const auto& rect = item.value();
        if (name.rfind("cite:", 0) != 0) continue;
        const float y = rect[1].get<float>();
        if (y < 0.0f || y > height) continue;
        const auto it = position.find(name.substr(5));
        REQUIRE_MESSAGE(it != position.end(), name << " is drawn but not listed");
        by_y.emplace_back(y, it->second);
    }
    std::sort(by_y.begin(), by_y.end());
    std::vector<std::size_t> out;
    for (const auto& entry : by_y) out.push_back(entry.second);
    return out;
}

void Wheel(test::Page& page, float steps, int frames) {
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < frames; ++i) {
        io.AddMousePosEvent(24.0f, 450.0f);  // the left margin: never over the time axis
        io.AddMouseWheelEvent(0.0f, steps);
        page.Frames(1);
    }
}

bool Consecutive(const std::vector<std::size_t>& cards) {
    for (std::size_t k = 1; k < cards.size(); ++k)
        if (cards[k] != cards[k - 1] + 1) return false;
    return true;
}

}  // namespace

TEST_CASE("a 3000-publication list scrolled deep and back shows consecutive cards in order, steady between frames") {
    const float width = 1440.0f, height = 900.0f;
    test::Page page(LoadProfileFromText(bench::SyntheticProfileJson(3000)), test::PageOptions{});
    // As the real renderer: the time axis's 2,000 markers are one mesh of more than 64k vertices.
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    page.app.ApplyRoute("/publications");
    page.Frames(4, width, height);
    const std::vector<std::size_t> top = CardsOnScreen(page, height);
    REQUIRE_FALSE(top.empty());
    CHECK(Consecutive(top));

    Wheel(page, -10.0f, 80);
    page.Frames(4);
    const std::vector<std::size_t> deep = CardsOnScreen(page, height);
    REQUIRE(deep.size() >= 2);
    CAPTURE(deep.front());
    CHECK(deep.front() > top.back() + 10);  // well into the list
    CHECK(Consecutive(deep));
    page.Frames(3);
    CHECK(CardsOnScreen(page, height) == deep);  // no card moves while nothing happens

    Wheel(page, 10.0f, 160);  // past the list's top, to the top of the page
    page.Find("cite:" + page.Visible().front());  // scrolls down to the first card again
    page.Frames(2);
    const std::vector<std::size_t> back = CardsOnScreen(page, height);
    REQUIRE_FALSE(back.empty());
    CHECK(back.front() == 0);
    CHECK(Consecutive(back));
    CHECK(ImAssertCount() == 0);
}
