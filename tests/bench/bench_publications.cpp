// Benchmarks for the publication timeline at scale (1k and 10k synthetic publications):
//  - filter + search + sort: one RunQuery with a topic, a year range facet, two search words and a
//    title sort (target: under 1 ms median natively);
//  - one UI frame's CPU time with every publication in the list (target: under 4 ms; only visible
//    cards are drawn), headless as in the UI test;
//  - load + validate time with the profile's size and the peak RSS (target: under 50 ms for about 5 MB,
//    the 10k profile), and indexing, for context.
// Run: build/test/tests/bench_publications --benchmark_repetitions=10 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <map>

#include <sys/resource.h>

#include "core/load.h"
#include "core/query.h"
#include "imgui.h"
#include "synthetic_profile.h"
#include "ui/app.h"

using namespace portfolio;

namespace {

const std::string& ProfileText(std::size_t n) {
    static std::map<std::size_t, std::string> cache;
    auto it = cache.find(n);
    if (it == cache.end()) it = cache.emplace(n, bench::SyntheticProfileJson(n)).first;
    return it->second;
}

const LoadResult& Loaded(std::size_t n) {
    static std::map<std::size_t, LoadResult> cache;
    auto it = cache.find(n);
    if (it == cache.end()) it = cache.emplace(n, LoadProfileFromText(ProfileText(n))).first;
    return it->second;
}

// The process's peak resident memory so far, in MB (Linux: ru_maxrss is in KB).
double PeakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// Load + validate (parse, read every field, check links and dates, cross-check ids). Counters: the
// profile's size and the process's peak RSS after loading it (the text and one loaded copy included).
void BM_LoadProfile(benchmark::State& state) {
    const std::string& text = ProfileText(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(LoadProfileFromText(text));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
    state.counters["profile_MB"] = static_cast<double>(text.size()) / (1024.0 * 1024.0);
    state.counters["peak_rss_MB"] = PeakRssMb();
}

void BM_BuildIndex(benchmark::State& state) {
    const Profile& p = Loaded(static_cast<std::size_t>(state.range(0))).profile;
    for (auto _ : state) benchmark::DoNotOptimize(PublicationIndex(p));
}

void BM_FilterSearchSort(benchmark::State& state) {
    const Profile& p = Loaded(static_cast<std::size_t>(state.range(0))).profile;
    const PublicationIndex index(p);
    PublicationFilter filter;
    filter.Values(Facet::Topic) = {"t0", "t2"};
    filter.Values(Facet::Kind) = {"conference", "journal"};
    filter.query = "memory gpu";
    filter.sort = SortOrder::Title;
    std::size_t shown = 0;
    for (auto _ : state) {
        const QueryResult r = RunQuery(index, filter);
        shown = r.visible.size();
        benchmark::DoNotOptimize(r);
    }
    state.counters["shown"] = static_cast<double>(shown);
}

void BM_UiFrame(benchmark::State& state) {
    ImGuiContext* context = ImGui::CreateContext();
    {
        ui::AppSettings settings;
        settings.asset_dir = PORTFOLIO_ASSET_DIR;
        ui::App app(settings, ui::Host{});
        app.SetProfile(LoadProfileFromText(ProfileText(static_cast<std::size_t>(state.range(0)))));
        std::string error;
        app.InitFonts(error);
        ImGuiIO& io = ImGui::GetIO();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        io.DisplaySize = ImVec2(1440, 900);
        io.DeltaTime = 1.0f / 60.0f;
        app.ApplyRoute("/publications");  // scrolled to the list
        for (int i = 0; i < 4; ++i) app.Frame();  // settle layout and caches
        for (auto _ : state) {
            app.Frame();
            benchmark::DoNotOptimize(ImGui::GetDrawData()->TotalVtxCount);
        }
        state.counters["vertices"] = static_cast<double>(ImGui::GetDrawData()->TotalVtxCount);
    }
    ImGui::DestroyContext(context);
}

}  // namespace

BENCHMARK(BM_LoadProfile)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildIndex)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FilterSearchSort)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_UiFrame)->Arg(5)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
