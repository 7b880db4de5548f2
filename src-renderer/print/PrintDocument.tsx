import type { Printable, PrintField } from '../../src-shared/rules/print/printable';
import classes from './print.module.css';

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * The page margins of the printed document: its heading at the top of every
 * page, at the start side, and "Page 2 of 5" at the bottom (Persian digits in
 * Persian). Written as a style element, as @page margin boxes only take
 * literal strings.
 */
export function pageMarginCss(printable: Printable): string {
  const [before, between, after] = printable.pageLabel;
  const style = printable.language === 'fa' ? ', persian' : '';
  const font = printable.language === 'fa' ? 'Vazirmatn, Tahoma, sans-serif' : 'sans-serif';
  const start = printable.dir === 'rtl' ? 'top-right' : 'top-left';
  return [
    '@page {',
    `  @${start} { content: ${cssString(printable.heading)}; font: 8pt ${font}; color: #666; }`,
    `  @bottom-center { content: ${cssString(before)} counter(page${style}) ${cssString(between)} counter(pages${style}) ${cssString(after)}; font: 8pt ${font}; color: #666; }`,
    '}',
  ].join('\n');
}

/** Lines of free text (addresses, bank details), each isolated so it keeps its own script's order. */
function Lines({ lines, className }: { lines: readonly string[]; className?: string }) {
  return (
    <ul className={className ? `${classes.plainLines} ${className}` : classes.plainLines}>
      {lines.map((line, i) => (
        <li key={i}>
          <bdi>{line}</bdi>
        </li>
      ))}
    </ul>
  );
}

/** "Phone: +1 555 0100": the value isolated, so a number keeps its order in a right-to-left document. */
function Fields({ fields, className }: { fields: readonly PrintField[]; className?: string }) {
  return (
    <ul className={className ? `${classes.plainLines} ${className}` : classes.plainLines}>
      {fields.map((field) => (
        <li key={field.label}>
          {field.label}: <bdi dir="ltr">{field.value}</bdi>
        </li>
      ))}
    </ul>
  );
}

/** The document's template: company, title and details, customer, lines, totals, words, bank details and terms. */
export function PrintDocument({ printable }: { printable: Printable }) {
  const { company, columns } = printable;
  return (
    <article className={classes.sheet} lang={printable.language} dir={printable.dir} aria-label={printable.heading}>
      <style>{pageMarginCss(printable)}</style>
      <header className={classes.top}>
        <div className={classes.company}>
          {company.logo && <img className={classes.logo} src={company.logo} alt="" />}
          <div>
            {company.name && (
              <p className={classes.companyName}>
                <bdi>{company.name}</bdi>
              </p>
            )}
            <Lines lines={company.addressLines} />
            <Fields fields={company.contacts} className={classes.muted} />
          </div>
        </div>
        <div className={classes.docHead}>
          <h1 className={classes.title}>{printable.title}</h1>
          {printable.number && (
            <p className={classes.number}>
              <bdi>{printable.number}</bdi>
            </p>
          )}
          <dl className={classes.details}>
            {printable.details.map((field) => (
              <div key={field.label} className={classes.detailRow}>
                <dt>{field.label}</dt>
                <dd>
                  <bdi>{field.value}</bdi>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </header>

      {printable.name && (
        <p className={classes.subject}>
          <bdi>{printable.name}</bdi>
        </p>
      )}

      <section className={classes.parties}>
        {printable.parties.map((party) => (
          <div key={party.label}>
            <h2 className={classes.blockLabel}>{party.label}</h2>
            {party.name && (
              <p className={classes.partyName}>
                <bdi>{party.name}</bdi>
              </p>
            )}
            <Lines lines={party.lines} />
            <Fields fields={party.contacts} />
          </div>
        ))}
      </section>

      {printable.lines.length === 0 ? (
        <p className={classes.noLines}>{printable.noLines}</p>
      ) : (
        <table className={classes.lines}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={column.numeric ? classes.num : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {printable.lines.map((line) => (
              <tr key={line.id}>
                {columns.map((column) =>
                  column.key === 'product' ? (
                    <td key={column.key}>
                      <div>
                        <bdi>{line.product}</bdi>
                      </div>
                      {line.details.map((detail, i) => (
                        <div key={i} className={classes.lineDetail}>
                          <bdi>{detail}</bdi>
                        </div>
                      ))}
                    </td>
                  ) : (
                    <td key={column.key} className={classes.num}>
                      {line[column.key]}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <section className={classes.summary}>
        <div className={classes.words}>
          {printable.amountInWords && (
            <>
              <h2 className={classes.blockLabel}>{printable.amountInWords.label}</h2>
              <p className={classes.wordsText}>{printable.amountInWords.value}</p>
            </>
          )}
        </div>
        <table className={classes.totals}>
          <tbody>
            {printable.totals.map((total) => (
              <tr key={total.label} className={total.grand ? classes.grand : undefined}>
                <th scope="row">{total.label}</th>
                <td>
                  <bdi>{total.value}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {printable.footer.length > 0 && (
        <footer className={classes.footer}>
          {printable.footer.map((block) => (
            <div key={block.label}>
              <h2 className={classes.blockLabel}>{block.label}</h2>
              <Lines lines={block.lines} />
            </div>
          ))}
        </footer>
      )}
    </article>
  );
}
