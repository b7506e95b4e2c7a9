// Benchmarks for the publication timeline at scale (1k, 10k and 100k synthetic publications):
//  - filter + search + sort: one RunQuery with a topic, a year range facet, two search words and a
//    title sort (target: under 1 ms median natively);
//  - one UI frame's CPU time with every publication in the list (target: under 4 ms, and at 100k within
//    twice the 1k figure; only visible cards are drawn), headless as in the UI test;
//  - load + validate time with the profile's size and the peak RSS (target: under 50 ms for about 5 MB,
//    the 10k profile), and indexing, for context.
// Run: build/test/tests/bench_publications --benchmark_repetitions=10 --benchmark_report_aggregates_only=true
// The same figures as one table, a process per size (honest peak RSS): build/test/tests/scale_table.
#include <benchmark/benchmark.h>

#include <map>

#include <sys/resource.h>

#include "core/load.h"
#include "core/query.h"
#include "synthetic_profile.h"
#include "ui_harness.h"

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
    if (it == cache.end()) it = cache.emplace(n, LoadProfileFromText(ProfileText(n), "profile.json", bench::ScaleLimits(n))).first;
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
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::string& text = ProfileText(n);
    for (auto _ : state) benchmark::DoNotOptimize(LoadProfileFromText(text, "profile.json", bench::ScaleLimits(n)));
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
    const auto n = static_cast<std::size_t>(state.range(0));
    bench::UiHarness ui(LoadProfileFromText(ProfileText(n), "profile.json", bench::ScaleLimits(n)));
    for (auto _ : state) ui.Frame();
    state.counters["vertices"] = static_cast<double>(ui.VertexCount());
}

}  // namespace

BENCHMARK(BM_LoadProfile)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildIndex)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FilterSearchSort)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_UiFrame)->Arg(5)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
