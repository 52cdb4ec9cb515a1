package io.github.kinerja.excel;

/** A 0-based row and column of a sheet. */
record CellRef(int row, int column) {}
