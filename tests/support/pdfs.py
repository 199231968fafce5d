"""Real, small PDFs for the upload tests: one page of Helvetica text."""

from __future__ import annotations

import io
import zipfile


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(*lines: str) -> bytes:
    """A one-page PDF showing ``lines``; pypdf reads the text back."""
    shown = " ".join(f"({_escape(line)}) '" for line in lines)
    stream = f"BT /F1 11 Tf 50 790 Td 14 TL {shown} ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


SELLER = "02.273.210.1-075.000"  # the demo company, PT Fajar Putra Yudha


def faktur_pdf(
    faktur_no: str, invoice_no: str = "", seller: str = SELLER, buyer: str = ""
) -> bytes:
    """What an approved faktur shows: its number, the seller's part and, when ``buyer``
    is given, the buyer's part with that NPWP (or, for a buyer with only a NIK, the NIK
    printed in its place)."""
    lines = [
        "Faktur Pajak",
        f"Kode dan Nomor Seri Faktur Pajak : {faktur_no}",
        "Pengusaha Kena Pajak",
        "Nama : PT Penjual",
        f"NPWP : {seller}",
    ]
    if buyer:
        lines += [
            "Pembeli Barang Kena Pajak / Penerima Jasa Kena Pajak",
            "Nama : Pembeli",
            f"NPWP : {buyer}",
        ]
    return make_pdf(*lines, f"Referensi: {invoice_no}")


def make_zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return out.getvalue()
