# A list that contains itself: the encoder must stop at its depth limit.
def run():
    loop = [42]
    loop.append(loop)
    print("SENTINEL self_reference", flush=True)
    return loop
