/**
 * Conda packages that exist only on some platforms: an environment exported on one operating system lists them
 * (even with `--no-builds`, conda/conda#9399), and the file fails to solve on another with ResolvePackageNotFound.
 * The names are those conda-forge and defaults build for one platform family only (their feedstocks' platform
 * lists: the C/C++ runtimes, compilers' sysroots, OS bindings). One table, data only.
 */

export type Platform = 'linux' | 'macOS' | 'Windows';

interface PlatformPackage {
  /** A package name, or a prefix ending in `-` (`m2w64-`) for a family. */
  name: string;
  platforms: readonly Platform[];
  /** What it is: why it is tied to those platforms. */
  what: string;
}

export const PLATFORM_PACKAGES: readonly PlatformPackage[] = [
  // macOS: Apple's C++ runtime, its OpenMP, App Nap.
  { name: 'appnope', platforms: ['macOS'], what: 'macOS App Nap bindings' },
  { name: 'libcxx', platforms: ['macOS'], what: 'the LLVM C++ runtime conda-forge ships on macOS' },
  { name: 'libcxxabi', platforms: ['macOS'], what: 'the LLVM C++ ABI library conda-forge ships on macOS' },
  { name: 'llvm-openmp', platforms: ['macOS'], what: 'the OpenMP runtime of macOS builds' },
  { name: 'libgfortran5', platforms: ['macOS'], what: 'the Fortran runtime of macOS builds (libgfortran-ng on Linux)' },
  { name: 'tapi', platforms: ['macOS'], what: "Apple's text-based stubs library" },
  { name: 'cctools', platforms: ['macOS'], what: "Apple's linker tools" },
  { name: 'ld64', platforms: ['macOS'], what: "Apple's linker" },
  // Windows: the Visual C++ runtime, MSYS2/MinGW, Win32 bindings.
  { name: 'vc', platforms: ['Windows'], what: 'the Visual C++ runtime selector' },
  { name: 'vc14_runtime', platforms: ['Windows'], what: 'the Visual C++ 14 runtime' },
  { name: 'vs2015_runtime', platforms: ['Windows'], what: 'the Visual Studio 2015 runtime' },
  { name: 'ucrt', platforms: ['Windows'], what: 'the Universal C runtime' },
  { name: 'pywin32', platforms: ['Windows'], what: 'Win32 API bindings' },
  { name: 'pywin32-ctypes', platforms: ['Windows'], what: 'Win32 API bindings' },
  { name: 'pywinpty', platforms: ['Windows'], what: 'Windows pseudo-terminals' },
  { name: 'win_inet_pton', platforms: ['Windows'], what: 'an inet_pton shim for Windows' },
  { name: 'wincertstore', platforms: ['Windows'], what: 'the Windows certificate store' },
  { name: 'winpty', platforms: ['Windows'], what: 'Windows pseudo-terminals' },
  { name: 'm2w64-', platforms: ['Windows'], what: 'MinGW-w64 packages for Windows' },
  { name: 'msys2-', platforms: ['Windows'], what: 'MSYS2 packages for Windows' },
  // Linux: the GNU C/C++ runtimes and the linker of Linux builds.
  { name: '_libgcc_mutex', platforms: ['linux'], what: 'the GNU runtime selector of Linux builds' },
  { name: '_openmp_mutex', platforms: ['linux', 'macOS'], what: 'the OpenMP runtime selector of Linux and macOS builds' },
  { name: 'libgcc-ng', platforms: ['linux'], what: 'the GNU C runtime of Linux builds' },
  { name: 'libstdcxx-ng', platforms: ['linux'], what: 'the GNU C++ runtime of Linux builds' },
  { name: 'libgomp', platforms: ['linux'], what: 'the GNU OpenMP runtime of Linux builds' },
  { name: 'libgfortran-ng', platforms: ['linux'], what: 'the GNU Fortran runtime of Linux builds' },
  { name: 'ld_impl_linux-64', platforms: ['linux'], what: 'the GNU linker of linux-64 builds' },
  { name: 'ld_impl_linux-aarch64', platforms: ['linux'], what: 'the GNU linker of linux-aarch64 builds' },
  { name: 'sysroot_linux-64', platforms: ['linux'], what: 'the glibc sysroot of linux-64 builds' },
  { name: 'kernel-headers_linux-64', platforms: ['linux'], what: 'the Linux kernel headers' },
];

/** The platforms a conda package name exists on when it is tied to some, else undefined. */
export function platformPackage(name: string): PlatformPackage | undefined {
  const lower = name.toLowerCase();
  return PLATFORM_PACKAGES.find((entry) => (entry.name.endsWith('-') ? lower.startsWith(entry.name) : lower === entry.name));
}
