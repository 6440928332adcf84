# Creates a file in the exercise's own directory (its absolute path is written
# into a copy of this file by the suite). Landlock: the exercise is not even readable.
def run():
    print("SENTINEL write_exercise_dir", flush=True)
    with open("@@EXERCISE_DIR@@/@@TOKEN@@", "w") as f:
        f.write("escaped\n")
    return 42
