/** One sparse row: sorted column indices with their values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** Compressed sparse rows. Row r spans [indptr[r], indptr[r+1]). */
export interface CsrMatrix {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

export function csrFromRows(rows: readonly SparseVector[], cols: number): CsrMatrix {
  let nnz = 0;
  for (const row of rows) nnz += row.indices.length;
  const indptr = new Int32Array(rows.length + 1);
  const indices = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  let at = 0;
  rows.forEach((row, r) => {
    indices.set(row.indices, at);
    values.set(row.values, at);
    at += row.indices.length;
    indptr[r + 1] = at;
  });
  return { rows: rows.length, cols, indptr, indices, values };
}

export function rowOf(matrix: CsrMatrix, row: number): SparseVector {
  const from = matrix.indptr[row]!;
  const to = matrix.indptr[row + 1]!;
  return { indices: matrix.indices.subarray(from, to), values: matrix.values.subarray(from, to) };
}
