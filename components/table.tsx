import type { ReactNode } from "react";
import { cx } from "./class-names";
import type { HeadingSize } from "./label";

export type TableProps = {
  caption?: ReactNode;
  captionSize?: HeadingSize;
  head: ReactNode[];
  rows: ReactNode[][];
  /** Renders the first cell of each row as a row header. */
  firstCellIsHeader?: boolean;
  /**
   * Stacks each row on small screens, repeating the column heading beside each value.
   * On by default: most of our tables are read on phones.
   */
  responsive?: boolean;
  /** Column indexes to right-align as numbers. */
  numericColumns?: number[];
};

export function Table({ caption, captionSize, head, rows, firstCellIsHeader, responsive = true, numericColumns = [] }: TableProps) {
  const role = (value: string) => (responsive ? value : undefined);
  return (
    <table className={cx("nhsuk-table", responsive && "nhsuk-table--responsive")} role={role("table")}>
      {caption !== undefined && (
        <caption className={cx("nhsuk-table__caption", captionSize && `nhsuk-table__caption--${captionSize}`)}>{caption}</caption>
      )}
      <thead className="nhsuk-table__head" role={role("rowgroup")}>
        <tr className="nhsuk-table__row" role={role("row")}>
          {head.map((heading, column) => (
            <th
              className={cx("nhsuk-table__header", numericColumns.includes(column) && "nhsuk-table__header--numeric")}
              scope="col"
              role={role("columnheader")}
              key={column}
            >
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row, rowIndex) => (
          <tr className="nhsuk-table__row" role={role("row")} key={rowIndex}>
            {row.map((cell, column) => {
              const isHeader = firstCellIsHeader && column === 0;
              const Cell = isHeader ? "th" : "td";
              const block = isHeader ? "nhsuk-table__header" : "nhsuk-table__cell";
              return (
                <Cell
                  className={cx(block, numericColumns.includes(column) && `${block}--numeric`)}
                  scope={isHeader ? "row" : undefined}
                  role={role(isHeader ? "rowheader" : "cell")}
                  key={column}
                >
                  {responsive && head[column] !== undefined ? (
                    <>
                      <span className="nhsuk-table__heading" aria-hidden="true">
                        {head[column]}{" "}
                      </span>
                      {typeof cell === "string" || typeof cell === "number" ? cell : <span>{cell}</span>}
                    </>
                  ) : (
                    cell
                  )}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
