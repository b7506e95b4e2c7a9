// Synthetic profiles for scale tests and benchmarks (see synthetic_profile.h).
#include "synthetic_profile.h"

#include <array>
#include <random>

#include <nlohmann/json.hpp>

namespace portfolio::bench {

std::string SyntheticProfileJson(std::size_t publications, unsigned seed) {
    using nlohmann::json;
    std::mt19937 rng(seed);
    auto pick = [&](const auto& list) -> const auto& { return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(rng)]; };
    auto chance = [&](double p) { return std::bernoulli_distribution(p)(rng); };
    static const std::array<const char*, 24> adjectives = {"Efficient", "Scalable", "Sparse", "Adaptive", "Dynamic", "Distributed",
        "Memory-Efficient", "Real-Time", "Robust", "Automated", "Heterogeneous", "Lightweight", "Parallel", "Asynchronous",
        "Federated", "Quantized", "Streaming", "Elastic", "Hierarchical", "Learned", "Zero-Copy", "Fault-Tolerant", "Energy-Aware", "Compact"};
    static const std::array<const char*, 24> nouns = {"Attention", "Inference", "Training", "Scheduling", "Checkpointing", "Compilation",
        "Sequence Parallelism", "Pipeline Parallelism", "Activation Chunking", "Video Generation", "Diffusion Models", "Protein Folding",
        "Graph Learning", "Mixture of Experts", "KV Caching", "Offloading", "Kernel Fusion", "Tensor Parallelism", "Data Loading",
        "Speculative Decoding", "Long-Context Models", "Recommendation Models", "Vision Transformers", "Language Models"};
    static const std::array<const char*, 12> settings = {"on GPU Clusters", "for Large Language Models", "at Scale", "on Edge Devices",
        "with Limited Memory", "for Multi-Dimensional Transformers", "in the Cloud", "across Heterogeneous Hardware", "for Science",
        "without Retraining", "under Latency Constraints", "for Video Models"};
    static const std::array<const char*, 32> first = {"Wei", "Jun", "Ana", "Lukas", "Priya", "Omar", "Mei", "Sofia", "Kenji", "Chloé",
        "Björn", "Ines", "Hao", "Yuki", "Lars", "Amara", "Diego", "Zoë", "Ravi", "Fatima", "Jonas", "Ling", "Marek", "Élodie",
        "Tomás", "Aiko", "Nikolai", "Sara", "Kofi", "Yara", "Felix", "Ming"};
    static const std::array<const char*, 32> last = {"Zhang", "Müller", "Kim", "Rossi", "Nakamura", "García", "Okafor", "Nguyen",
        "Johansson", "Patel", "Dubois", "Kowalski", "Chen", "Silva", "Haddad", "Novák", "Schmidt", "Tanaka", "Costa", "Ivanova",
        "Wang", "Moreau", "Ahmed", "Larsen", "Li", "Fischer", "Sato", "Rahman", "Çelik", "Oliveira", "Liu", "Brown"};
    static const std::array<std::pair<const char*, const char*>, 14> venues = {{{"NeurIPS", "conference"}, {"ICML", "conference"},
        {"ICLR", "conference"}, {"MLSys", "conference"}, {"OSDI", "conference"}, {"SOSP", "conference"}, {"PPoPP", "conference"},
        {"SC", "conference"}, {"EuroSys", "conference"}, {"JMLR", "journal"}, {"TPDS", "journal"}, {"arXiv", "preprint"},
        {"MLSys Workshop", "workshop"}, {"VLDB", "conference"}}};
    static const std::array<const char*, 16> tags = {"gpu", "memory", "inference", "training", "video", "llm", "compiler", "scheduling",
        "parallelism", "sparsity", "quantization", "diffusion", "science", "systems", "attention", "cluster"};

    json profile;
    profile["basics"] = {{"name", "Ada Synthetic"}, {"label", "Researcher"}, {"email", "ada@example.org"}};
    json topics = json::array();
    const std::array<const char*, 5> topic_names = {"Systems for Video", "Memory", "Science", "Compilers", "Training at Scale"};
    for (std::size_t t = 0; t < topic_names.size(); ++t) topics.push_back({{"id", "t" + std::to_string(t)}, {"name", topic_names[t]}});
    profile["topics"] = topics;
    json projects = json::array();
    for (int p = 0; p < 6; ++p) projects.push_back({{"id", "p" + std::to_string(p)}, {"name", "Project " + std::to_string(p)}});
    profile["projects"] = projects;

    json pubs = json::array();
    for (std::size_t i = 0; i < publications; ++i) {
        json pub;
        pub["id"] = "pub" + std::to_string(i);
        pub["name"] = std::string(pick(adjectives)) + " " + pick(nouns) + " " + pick(settings);
        const auto& venue = pick(venues);
        const int year = std::uniform_int_distribution<int>(2005, 2025)(rng);
        const int month = std::uniform_int_distribution<int>(1, 12)(rng);
        pub["publisher"] = std::string(venue.first) + (std::string(venue.second) == "preprint" ? "" : " " + std::to_string(year));
        pub["venueKind"] = venue.second;
        pub["releaseDate"] = std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month);
        json authors = json::array();
        const int n_authors = std::uniform_int_distribution<int>(2, 9)(rng);
        const int owner_at = chance(0.6) ? 0 : std::uniform_int_distribution<int>(0, n_authors - 1)(rng);
        const bool equal = chance(0.15);
        for (int a = 0; a < n_authors; ++a) {
            const std::string name = a == owner_at ? std::string("Ada Synthetic") : std::string(pick(first)) + " " + pick(last);
            if (equal && a < 2) authors.push_back({{"name", name}, {"equalContribution", true}});
            else authors.push_back(name);
        }
        pub["authors"] = authors;
        pub["topics"] = json::array({"t" + std::to_string(std::uniform_int_distribution<int>(0, 4)(rng))});
        json t = json::array();
        for (int k = 0; k < 3; ++k) t.push_back(pick(tags));
        pub["tags"] = t;
        if (chance(0.3)) pub["projects"] = json::array({"p" + std::to_string(std::uniform_int_distribution<int>(0, 5)(rng))});
        if (chance(0.5))
            pub["summary"] = "We present a " + std::string(pick(adjectives)) + " approach to " + pick(nouns) + " " + pick(settings) +
                             ", improving throughput by " + std::to_string(std::uniform_int_distribution<int>(2, 40)(rng)) + "x.";
        pub["links"] = json::array({{{"type", "paper"}, {"url", "https://arxiv.org/abs/2401." + std::to_string(10000 + i)}}});
        pubs.push_back(std::move(pub));
    }
    profile["publications"] = std::move(pubs);
    return profile.dump(1);
}

}  // namespace portfolio::bench
