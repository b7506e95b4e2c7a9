// The scale table of issue 17: synthetic profiles of 1k, 10k and 100k publications, one row each, with
// the profile's size, load + validate time, the native peak RSS, one filter + search + sort query and
// one UI frame (headless, scrolled to the publication list), printed as a Markdown table.
// Targets: load + validate of the ~5 MB (10k) profile under 50 ms; the UI frame at 100k within twice
// the 1k figure (only visible cards are laid out). The web heap column comes from tests/web/heap.mjs.
// Run (by hand, about ten seconds): build/test/tests/scale_table
//      quick (CTest smoke test):  build/test/tests/scale_table --sizes 100,1000
// Each size runs in its own child process (fork), so its peak RSS (ru_maxrss only grows) is its own:
// the process makes the profile text, loads it, queries it and draws it. Times are medians of repeated
// runs in the thread's CPU time (steady on two shared cores where wall time is noisy).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/load.h"
#include "core/query.h"
#include "synthetic_profile.h"
#include "ui_harness.h"

using namespace portfolio;

namespace {

struct Row {
    std::size_t publications = 0;  // asked for
    std::size_t loaded = 0;        // publications the load returned
    double profile_mb = 0, load_ms = 0, peak_rss_mb = 0, query_ms = 0, frame_ms = 0;
};

double CpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Median CPU ms of `run`: at least `min_runs` runs, more until `max_runs` or about `budget_ms` of CPU.
// `untimed` runs after each sample, outside the clock (e.g. to free what the run made).
double MedianMs(const std::function<void()>& run, int min_runs, int max_runs, double budget_ms, const std::function<void()>& untimed = {}) {
    std::vector<double> samples;
    double spent = 0.0;
    while (static_cast<int>(samples.size()) < min_runs || (static_cast<int>(samples.size()) < max_runs && spent < budget_ms)) {
        const double start = CpuMs();
        run();
        samples.push_back(CpuMs() - start);
        spent += samples.back();
        if (untimed) untimed();
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

double QueryMs(const Profile& profile) {
    const PublicationIndex index(profile);
    PublicationFilter filter;  // the query of BM_FilterSearchSort
    filter.Values(Facet::Topic) = {"t0", "t2"};
    filter.Values(Facet::Kind) = {"conference", "journal"};
    filter.query = "memory gpu";
    filter.sort = SortOrder::Title;
    std::size_t shown = 0;
    const double ms = MedianMs([&] { shown += RunQuery(index, filter).visible.size(); }, 5, 200, 500.0);
    if (shown == 0 && profile.publications.size() >= 100) std::fprintf(stderr, "warning: the query matched nothing\n");
    return ms;
}

// Everything for one size, in this (child) process.
Row Measure(std::size_t n) {
    Row row;
    row.publications = n;
    std::string text = bench::SyntheticProfileJson(n);
    row.profile_mb = static_cast<double>(text.size()) / (1024.0 * 1024.0);
    // Each load into an empty result, as the app's first: the previous one is freed off the clock.
    LoadResult loaded, kept;
    row.load_ms = MedianMs([&] { loaded = LoadProfileFromText(text, "profile.json", bench::ScaleLimits(n)); }, 3, 15, 1500.0,
                           [&] { kept = std::exchange(loaded, LoadResult{}); });
    loaded = std::move(kept);
    std::string().swap(text);  // the app never holds the text
    row.loaded = loaded.profile.publications.size();
    row.query_ms = QueryMs(loaded.profile);
    bench::UiHarness ui(std::move(loaded));
    row.frame_ms = MedianMs([&] { ui.Frame(); }, 10, 120, 1500.0);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    row.peak_rss_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: KB
    return row;
}

// Runs Measure(n) in a child process and reads its row back through a pipe.
bool MeasureInChild(std::size_t n, Row& row) {
    int fds[2];
    if (pipe(fds) != 0) return false;
    std::fflush(nullptr);
    const pid_t pid = fork();
    if (pid < 0) return false;
    if (pid == 0) {
        close(fds[0]);
        const Row measured = Measure(n);
        const bool written = write(fds[1], &measured, sizeof measured) == static_cast<ssize_t>(sizeof measured);
        _exit(written ? 0 : 1);
    }
    close(fds[1]);
    const bool read_all = read(fds[0], &row, sizeof row) == static_cast<ssize_t>(sizeof row);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return read_all && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

std::vector<std::size_t> ParseSizes(const char* text) {
    std::vector<std::size_t> sizes;
    for (const char* p = text; *p;) {
        char* end = nullptr;
        const long v = std::strtol(p, &end, 10);
        if (end == p || v <= 0 || v > 1000000) return {};
        sizes.push_back(static_cast<std::size_t>(v));
        p = *end == ',' ? end + 1 : end;
        if (*end != ',' && *end != '\0') return {};
    }
    return sizes;
}

std::string SizeLabel(std::size_t n) {
    return n % 1000 == 0 ? std::to_string(n / 1000) + "k" : std::to_string(n);
}

void PrintVerdicts(const std::vector<Row>& rows) {
    const auto find = [&](std::size_t n) -> const Row* {
        for (const Row& r : rows)
            if (r.publications == n) return &r;
        return nullptr;
    };
    if (const Row* r = find(10000))
        std::printf("load + validate of the %.1f MB profile: %.1f ms (target under 50 ms): %s\n", r->profile_mb, r->load_ms,
                    r->load_ms < 50.0 ? "ok" : "OVER");
    const Row* small = find(1000);
    const Row* large = find(100000);
    if (small && large)
        std::printf("UI frame at 100k / 1k: %.2f (target at most 2): %s\n", large->frame_ms / small->frame_ms,
                    large->frame_ms <= 2.0 * small->frame_ms ? "ok" : "OVER");
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::size_t> sizes = {1000, 10000, 100000};
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--sizes" && i + 1 < argc) sizes = ParseSizes(argv[++i]);
        else sizes.clear();
        if (sizes.empty()) {
            std::fprintf(stderr, "usage: scale_table [--sizes 1000,10000,100000]\n");
            return 2;
        }
    }
    std::vector<Row> rows;
    std::printf("| publications | profile MB | load+validate ms | native peak RSS MB | query ms | UI frame ms |\n");
    std::printf("| ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (std::size_t n : sizes) {
        Row row;
        if (!MeasureInChild(n, row)) {
            std::fprintf(stderr, "scale_table: the run for %zu publications failed\n", n);
            return 1;
        }
        if (row.loaded != n) {
            std::fprintf(stderr, "scale_table: %zu publications asked for, %zu loaded\n", n, row.loaded);
            return 1;
        }
        std::printf("| %s | %.2f | %.1f | %.0f | %.3f | %.2f |\n", SizeLabel(n).c_str(), row.profile_mb, row.load_ms,
                    row.peak_rss_mb, row.query_ms, row.frame_ms);
        std::fflush(stdout);
        rows.push_back(row);
    }
    PrintVerdicts(rows);
    std::printf("(times: medians of repeated runs, thread CPU time; RSS: a child process per size)\n");
    return 0;
}
