# Opens files in the scratch dir until the open-file limit stops it.
def run():
    files = []
    print("SENTINEL fd_exhaustion", flush=True)
    try:
        for i in range(1000):
            files.append(open("fd-%d.txt" % i, "w"))
    except OSError as e:
        print("stopped after %d files: errno %d" % (len(files), e.errno))
    else:
        print("opened all %d files" % len(files))
    for f in files:
        f.close()
    return 42
