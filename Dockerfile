# pyjudge in a container: Debian 12 (bookworm-slim) with pyjudge's .deb and
# the packages it depends on, nothing else.
#
#   docker build --build-arg GIT_REVISION=$(git rev-parse --short=12 HEAD) -t pyjudge .
#   docker run --rm --security-opt seccomp=unconfined --security-opt apparmor=unconfined pyjudge doctor
#
# The first stage builds the .deb from this source tree with the project's own
# scripts; docs/ci.md says what the sandbox needs from the container runtime.

FROM debian:bookworm AS build
COPY . /src
WORKDIR /src
ARG GIT_REVISION=""
# scripts/setup installs the build packages with apt-get and builds build/;
# scripts/package runs CPack (build/package/pyjudge_VERSION_ARCH.deb).
RUN scripts/setup \
 && cmake -S . -B build -DPYJUDGE_GIT_REVISION="${GIT_REVISION}" \
 && scripts/package

FROM debian:bookworm-slim
COPY --from=build /src/build/package/ /tmp/package/
RUN apt-get update \
 && apt-get install -y --no-install-recommends /tmp/package/pyjudge_*.deb \
 && rm -rf /var/lib/apt/lists/* /tmp/package \
 && pyjudge --version
WORKDIR /work
ENTRYPOINT ["pyjudge"]
CMD ["doctor"]
