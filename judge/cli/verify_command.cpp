// `pyjudge verify [EXERCISE...|--all]`: the reference is accepted, every
// wrong solution gets its declared verdict, the starter fails every test;
// with a matrix of which tests catch which wrong solution and a calibration
// of the CPU limits against the reference.
#include <atomic>
#include <condition_variable>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>

#include "judge/cli/commands.hpp"
#include "judge/spec/catalog.hpp"
#include "judge/authoring/calibration.hpp"
#include "judge/authoring/scaffold.hpp"
#include "judge/authoring/verification_output.hpp"

namespace pyjudge::cli {

namespace {

struct VerifyOptions {
  std::vector<std::string> exercises;
  bool all = false;
  std::size_t repeat = 3;
  std::size_t jobs = 1;
  std::string format = "text";
  std::string color = "auto";
  std::string exercises_dir;
  bool calibrate = false, write = false;
};

// verify --calibrate --write: the calibrated limits into the exercise's files.
void write_calibrated_limits(const ExerciseVerification& v, std::ostream& out) {
  const auto plan = plan_calibration(v);
  if (!plan) return;
  for (const auto& file : write_calibration(load_exercise(v.dir), *plan))
    out << "  wrote " << display_path(file).string() << "\n";
}

// Verifies the folders on `jobs` threads, each with its own runner, and hands
// the results to `done` in order as soon as each is ready.
std::vector<ExerciseVerification> verify_all(const std::vector<std::filesystem::path>& dirs, const VerifyOptions& options,
                                             const std::function<void(const ExerciseVerification&)>& done) {
  std::vector<std::optional<ExerciseVerification>> results(dirs.size());
  std::mutex mutex;
  std::condition_variable ready;
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  auto worker = [&] {
    try {
      RunnerSession session(default_runner_path(), JobOptions::from_environment());
      for (std::size_t i; (i = next++) < dirs.size();) {
        {
          std::lock_guard lock(mutex);
          if (failure) return;
        }
        auto v = verify_exercise(session, dirs[i], options.repeat);
        std::lock_guard lock(mutex);
        results[i] = std::move(v);
        ready.notify_all();
      }
    } catch (...) {
      std::lock_guard lock(mutex);
      if (!failure) failure = std::current_exception();
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t j = 0; j < std::max<std::size_t>(1, std::min(options.jobs, dirs.size())); ++j) threads.emplace_back(worker);
  std::vector<ExerciseVerification> all;
  for (std::size_t i = 0; i < dirs.size(); ++i) {
    std::unique_lock lock(mutex);
    ready.wait(lock, [&] { return results[i].has_value() || failure; });
    if (failure) break;
    all.push_back(std::move(*results[i]));
    lock.unlock();
    done(all.back());
  }
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
  return all;
}

int run_verify(const VerifyOptions& options) {
  if (options.all == !options.exercises.empty())
    throw UsageError(options.all ? "name exercises or use --all, not both" : "name the exercises to verify, or use --all");
  const auto dirs = expand_exercises(options.exercises, catalog_dir(options.exercises_dir));
  const auto style = TerminalStyle::for_stream(1, *parse_color_choice(options.color));
  const bool text = options.format == "text";
  if (options.write && !options.calibrate) throw UsageError("--write goes with --calibrate");
  const auto all = verify_all(dirs, options, [&](const ExerciseVerification& v) {
    if (options.write) write_calibrated_limits(v, text ? std::cout : std::cerr);
    if (!text) return;
    print_verification(std::cout, v, style, options.calibrate);
    std::cout << "\n" << std::flush;
  });
  if (text) print_verification_summary(std::cout, all, style);
  else std::cout << verification_json(all, options.calibrate).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";

  int code = 0;
  for (const auto& v : all) {
    if (v.internal_error) code = std::max<int>(code, kInternalError);
    else if (!v.errors.empty()) code = std::max<int>(code, kUsageError);
    else if (!v.ok()) code = std::max<int>(code, kNotAccepted);
  }
  return code;
}

}  // namespace

void add_verify_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<VerifyOptions>();
  auto* cmd = app.add_subcommand("verify", "Prove an exercise's tests: the reference passes, every wrong solution fails as declared");
  cmd->add_option("exercises", options->exercises, "Exercise slugs or folders");
  cmd->add_flag("--all", options->all, "Verify every exercise of the catalog");
  cmd->add_option("--repeat", options->repeat, "Runs of the reference solution, for the CPU calibration")
      ->check(CLI::Range(1, 20))
      ->capture_default_str();
  cmd->add_option("-j,--jobs", options->jobs, "Exercises verified at the same time")->check(CLI::Range(1, 64))->capture_default_str();
  cmd->add_option("--format", options->format, "Report format")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  add_color_option(cmd, options->color);
  cmd->add_flag("--calibrate", options->calibrate,
                "Also show the CPU limits the calibration rule gives (docs/spec-format.md, \"Calibrating limits\")");
  cmd->add_flag("--write", options->write, "With --calibrate: write those limits into exercise.yaml and tests.yaml");
  add_exercises_option(cmd, options->exercises_dir);
  cmd->callback([options, &action] { action = [options] { return run_verify(*options); }; });
}

}  // namespace pyjudge::cli
