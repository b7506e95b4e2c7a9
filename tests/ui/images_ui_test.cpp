// Profile images in the UI: the avatar and project images are drawn from the textures the host made,
// the emblem and monogram stand in when an image is missing, and textures follow profile changes.
#include <doctest/doctest.h>

#include <cstdint>
#include <set>

#include "core/load.h"
#include "imgui.h"
#include "ui/app.h"
#include "headless.h"
#include "ui/imgui_assert.h"

using namespace portfolio;

namespace {

RgbaImage Solid(int w, int h) {
    RgbaImage img;
    img.width = w;
    img.height = h;
    img.pixels.assign(static_cast<std::size_t>(w * h * 4), 200);
    return img;
}

LoadResult WithImages(const std::string& avatar, const std::string& alpha_image) {
    LoadResult r = LoadProfileFromText(R"({
      "basics": { "name": "Ada Lovelace", "label": "Researcher", "image": ")" + avatar + R"(" },
      "projects": [
        { "id": "alpha", "name": "Alpha", "description": "First.", "image": ")" + alpha_image + R"(" },
        { "id": "beta", "name": "Beta", "description": "Second." }
      ]
    })");
    if (!avatar.empty()) r.images[avatar] = Solid(300, 300);
    if (!alpha_image.empty()) r.images[alpha_image] = Solid(400, 100);  // a wide logo
    return r;
}

struct Textures {
    std::map<std::intptr_t, std::pair<int, int>> live;  // id -> size
    std::vector<std::intptr_t> deleted;
    std::intptr_t next = 100;
};

// The page with a host that makes (fake) textures and records them.
struct Page : test::Page {
    Textures textures;

    explicit Page(LoadResult loaded) : test::Page(std::move(loaded), test::PageOptions{ui::ThemeMode::Light, 1440.0f, 900.0f, [this](ui::Host& host) { Install(host); }}) {}
    void Install(ui::Host& host) {
        host.create_texture = [this](const RgbaImage& image) {
            const std::intptr_t id = textures.next++;
            textures.live[id] = {image.width, image.height};
            return reinterpret_cast<ImTextureID>(id);
        };
        host.delete_texture = [this](ImTextureID texture) {
            const auto id = reinterpret_cast<std::intptr_t>(texture);
            textures.deleted.push_back(id);
            textures.live.erase(id);
        };
    }

    // Every texture the last frame drew with, and the area each covered (the union of its commands' clips).
    std::set<std::intptr_t> Frame(float width, float height) {
        Frames(1, width, height);
        std::set<std::intptr_t> used;
        const ImDrawData* data = ImGui::GetDrawData();
        for (int n = 0; n < data->CmdListsCount; ++n)
            for (const ImDrawCmd& cmd : data->CmdLists[n]->CmdBuffer)
                if (cmd.ElemCount > 0) used.insert(reinterpret_cast<std::intptr_t>(cmd.GetTexID()));
        return used;
    }
};

}  // namespace

TEST_CASE("the avatar and a project image are drawn from the textures the host made for them") {
    for (const float width : {390.0f, 1440.0f}) {
        CAPTURE(width);
        Page page(WithImages("me.png", "alpha.png"));
        const std::set<std::intptr_t> used = page.Frame(width, 6000.0f);
        REQUIRE(page.textures.live.size() == 2);
        for (const auto& texture : page.textures.live) {
            const auto id = texture.first;  // (a copy: clang-14 cannot capture a structured binding)
            CAPTURE(id);
            CHECK(used.count(id) == 1);
        }
        std::set<std::pair<int, int>> sizes;  // uploaded at their decoded sizes
        for (const auto& [id, size] : page.textures.live) sizes.insert(size);
        CHECK(sizes == std::set<std::pair<int, int>>{{300, 300}, {400, 100}});
        page.Frame(width, 6000.0f);
        CHECK(page.textures.next == 102);  // not uploaded again on later frames
        CHECK(ImAssertCount() == 0);
    }
}

TEST_CASE("without images the monogram and the generated emblems are drawn, and no texture is made") {
    Page page(WithImages("", ""));
    const std::set<std::intptr_t> used = page.Frame(1440.0f, 6000.0f);
    CHECK(page.textures.live.empty());
    CHECK(used.size() == 1);  // only the font atlas
    CHECK(ImAssertCount() == 0);
}

TEST_CASE("an image that failed to load leaves its emblem in place; the others still show") {
    LoadResult loaded = WithImages("me.png", "alpha.png");
    loaded.images.erase("alpha.png");  // as LoadProfileImages leaves it after a warning
    Page page(std::move(loaded));
    const std::set<std::intptr_t> used = page.Frame(1440.0f, 6000.0f);
    REQUIRE(page.textures.live.size() == 1);
    CHECK(used.count(page.textures.live.begin()->first) == 1);
}

TEST_CASE("a new profile frees the old textures and uploads its own at the next frame") {
    Page page(WithImages("me.png", "alpha.png"));
    page.Frame(1440.0f, 6000.0f);
    REQUIRE(page.textures.live.size() == 2);
    page.app.ReplaceProfile(WithImages("", "other.png"));
    CHECK(page.textures.deleted.empty());  // not between frames: the GL context is only sure during one
    const std::set<std::intptr_t> used = page.Frame(1440.0f, 6000.0f);
    CHECK(page.textures.deleted.size() == 2);
    REQUIRE(page.textures.live.size() == 1);
    CHECK(page.textures.live.begin()->second == std::pair<int, int>{400, 100});
    CHECK(used.count(page.textures.live.begin()->first) == 1);
    CHECK(ImAssertCount() == 0);
}
