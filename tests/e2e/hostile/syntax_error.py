print("SENTINEL syntax_error", flush=True)

def run() return 42
