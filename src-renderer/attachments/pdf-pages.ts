import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type PdfJs = typeof import('pdfjs-dist');
let loading: Promise<PdfJs> | null = null;

/** pdf.js is loaded only when a PDF is first opened. */
function pdfjs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    return lib;
  });
  return loading;
}

export interface OpenPdf {
  readonly pageCount: number;
  render(pageNumber: number, canvas: HTMLCanvasElement, scale: number, rotation: number): Promise<void>;
  close(): void;
}

export async function openPdf(bytes: Uint8Array): Promise<OpenPdf> {
  const lib = await pdfjs();
  const doc = await lib.getDocument({ data: bytes, isEvalSupported: false }).promise;
  return {
    pageCount: doc.numPages,
    async render(pageNumber, canvas, scale, rotation) {
      const page = await doc.getPage(pageNumber);
      const viewport = page.getViewport({ scale, rotation: (page.rotate + rotation) % 360 });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      const context = canvas.getContext('2d');
      if (!context) return;
      await page.render({ canvas, canvasContext: context, viewport }).promise;
    },
    close() {
      void doc.destroy();
    },
  };
}
