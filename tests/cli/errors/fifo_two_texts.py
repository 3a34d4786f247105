#!/usr/bin/env python3
"""Serve FIRST to the first reader of the FIFO and SECOND to the next one.

    fifo_two_texts.py FIFO FIRST SECOND

A shell writer (`cat a > fifo; cat b > fifo`) races the reader: when the
second `cat` opens the FIFO before the reader has read the end of the first
text, the reader gets both texts as one. Here the second text is only offered
after the reader has closed its first descriptor, which inotify reports
(IN_CLOSE_NOWRITE; the events queue, so none is missed however fast the reader
is). The watch is set up before the first open, and the reader cannot get past
its own open before that.
"""
import ctypes
import os
import struct
import sys

IN_CLOSE_NOWRITE = 0x10


def main():
    fifo, first, second = sys.argv[1:4]
    libc = ctypes.CDLL(None, use_errno=True)
    watch = libc.inotify_init1(0)
    if watch < 0 or libc.inotify_add_watch(watch, fifo.encode(), IN_CLOSE_NOWRITE) < 0:
        sys.exit("fifo_two_texts: inotify: " + os.strerror(ctypes.get_errno()))
    for number, text in enumerate((first, second)):
        with open(text, "rb") as source, open(fifo, "wb") as sink:
            sink.write(source.read())
        if number == 0:
            wait_for_reader_close(watch)


def wait_for_reader_close(watch):
    while True:
        events = os.read(watch, 4096)
        offset = 0
        while offset < len(events):
            _, mask, _, length = struct.unpack_from("iIII", events, offset)
            if mask & IN_CLOSE_NOWRITE:
                return
            offset += 16 + length


main()
