"""Take the network away from a query worker: after :func:`deny_network` it cannot open a socket.

The worker already refuses ``SERVICE`` before the engine sees a query
(:func:`kg.store.guard.refuse_federation`); this is the second wall, for a
reading of the query that the check and the engine might not share. pyoxigraph's
Python API has no switch to turn its HTTP client off, so the process asks the
kernel (a seccomp filter, no privileges needed) to fail every ``socket()`` call
whose family is not ``AF_UNIX`` with ``EACCES``, and every ``io_uring_setup``
(io_uring can open sockets without that call). The pipe to the server (a Unix
socket pair made before) keeps working. The filter is inherited by threads and
children started later and cannot be lifted.

Linux on x86-64 and AArch64 only; elsewhere :func:`deny_network` returns False
and the parse check stands alone.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import socket
import struct

# classic BPF opcodes (linux/filter.h, linux/bpf_common.h)
_LD_W_ABS = 0x00 | 0x00 | 0x20
_JEQ_K = 0x05 | 0x10 | 0x00
_JGE_K = 0x05 | 0x30 | 0x00
_RET_K = 0x06 | 0x00
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
# offsets in struct seccomp_data: nr (u32), arch (u32), instruction pointer (u64), args (6 × u64)
_NR, _ARCH, _ARG0 = 0, 4, 16
_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_X32_BIT = 0x40000000

_SYSCALLS = {  # machine → (AUDIT_ARCH_*, socket, io_uring_setup)
    "x86_64": (0xC000003E, 41, 425),
    "aarch64": (0xC00000B7, 198, 425),
}
"""The system calls the filter watches, per architecture (from the kernel's syscall tables)."""


def _instruction(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
    return struct.pack("HBBI", code, jt, jf, k)


def _program(arch: int, nr_socket: int, nr_io_uring: int) -> bytes:
    """Return the BPF program: AF_UNIX sockets and all other calls pass, any other socket fails."""
    deny = _RET_ERRNO | errno.EACCES
    return b"".join([
        _instruction(_LD_W_ABS, _ARCH),
        _instruction(_JEQ_K, arch, 0, 7),                # another ABI (i386, x32 via int 0x80): deny
        _instruction(_LD_W_ABS, _NR),
        _instruction(_JGE_K, _X32_BIT, 5, 0),            # x32 system call numbers: deny
        _instruction(_JEQ_K, nr_io_uring, 4, 0),         # io_uring_setup: deny
        _instruction(_JEQ_K, nr_socket, 0, 2),           # socket(): look at its family
        _instruction(_LD_W_ABS, _ARG0),
        _instruction(_JEQ_K, socket.AF_UNIX, 0, 1),      # AF_UNIX passes, every other family fails
        _instruction(_RET_K, _RET_ALLOW),
        _instruction(_RET_K, deny),
    ])


def deny_network() -> bool:
    """Install the filter in this process; return whether it is in force (False: unsupported platform)."""
    calls = _SYSCALLS.get(platform.machine())
    if calls is None or platform.system() != "Linux":
        return False
    code = _program(*calls)
    filters = ctypes.create_string_buffer(code, len(code))

    class _SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    prog = _SockFprog(len(code) // 8, ctypes.cast(filters, ctypes.c_void_p))
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    if libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
        return False
    return True
