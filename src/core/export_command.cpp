// `--export-html DIR` (core/export_command.h).
#include "core/export_command.h"

#include <fstream>
#include <sstream>

#include "core/html_export.h"
#include "core/links.h"
#include "core/load.h"

namespace portfolio {

int RunExportCommand(const Options& options, const std::string& profile_path, std::FILE* out, std::FILE* err) {
    html::ExportOptions export_options;
    if (!options.site_url.empty()) {
        const CheckedUrl site = CheckUrl(options.site_url);
        if (!site.ok() || site.scheme == "mailto") {
            std::fprintf(err, "portfolio: --site-url takes an http or https address, not \"%s\"\n", options.site_url.c_str());
            return 2;
        }
        export_options.site_url = site.url;
    }
    std::string shell;
    if (!options.export_shell.empty()) {
        std::ifstream in(options.export_shell, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (!in) {
            std::fprintf(err, "portfolio: cannot read the page shell \"%s\"\n", options.export_shell.c_str());
            return 1;
        }
        shell = text.str();
    }
    const LoadResult loaded = LoadProfileFromFile(profile_path);
    for (const Diagnostic& d : loaded.diagnostics)
        std::fprintf(err, "%s: %s: %s\n", d.file.empty() ? profile_path.c_str() : d.file.c_str(), SeverityName(d.severity),
                     d.ToString().c_str());
    if (!loaded.document_ok) {
        std::fprintf(err, "portfolio: %s is not a profile that can be exported\n", profile_path.c_str());
        return 1;
    }
    std::string error;
    const std::vector<html::File> files = html::ExportSite(loaded.profile, export_options, shell, error);
    if (!error.empty() || !html::WriteFiles(options.export_html, files, error)) {
        std::fprintf(err, "portfolio: %s\n", error.c_str());
        return 1;
    }
    std::fprintf(out, "Wrote %zu files to %s (%zu publication pages)%s\n", files.size(), options.export_html.c_str(),
                 loaded.profile.publications.size(), html::SiteUrl(loaded.profile, export_options).empty() ? ", no sitemap: no site URL" : "");
    return 0;
}

}  // namespace portfolio
