/** Saving what the page shows: charts as images, the dashboard as a printed report. */
export const report = {
  export: {
    menu: 'Save',
    menuLabel: 'Save the chart “{{title}}”',
    png: 'Save as PNG',
    svg: 'Save as SVG',
    saved: 'Saved {{name}}.',
  },
  print: {
    button: 'Print report',
    preparing: 'Preparing the report…',
    saved: 'Saved the report as {{name}}.',
    title: 'Shop report',
    fileName: 'Kehu report {{from}} to {{to}}',
    period: 'Period: {{from}} to {{to}}',
    printedAt: 'Printed {{at}}',
  },
  errors: {
    badName: 'A file name cannot hold / \\ : * ? " < > | or control characters.',
    notPng: 'The image is not a PNG.',
    notSvg: 'The drawing is not an SVG document.',
  },
}
