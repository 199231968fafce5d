<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <source>Back Up Now</source>
        <translation>Cadangkan Sekarang</translation>
    </message>
    <message>
        <source>Copy the book to the backup folder now</source>
        <translation>Salin buku ke folder cadangan sekarang</translation>
    </message>
    <message>
        <source>Backups &amp;&amp; Restore…</source>
        <translation>Cadangan &amp;&amp; Pemulihan…</translation>
    </message>
    <message>
        <source>The backups kept, where they go, and restoring one</source>
        <translation>Cadangan yang disimpan, letaknya, dan memulihkan salah satunya</translation>
    </message>
    <message>
        <source>Backed up to {made}.</source>
        <translation>Dicadangkan ke {made}.</translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation>Cadangan Dipulihkan</translation>
    </message>
    <message>
        <source>The daily backup failed: {exc}</source>
        <translation>Cadangan harian gagal: {exc}</translation>
    </message>
    <message>
        <source>Daily backup made: {name}</source>
        <translation>Cadangan harian dibuat: {name}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Billings</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <source>E-Faktur Nos</source>
        <translation>No. E-Faktur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Letak cadangan</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Jumlah cadangan disimpan</translation>
    </message>
    <message>
        <source>Change Folder…</source>
        <translation>Ganti Folder…</translation>
    </message>
    <message>
        <source>Use Default Folder</source>
        <translation>Pakai Folder Bawaan</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Simpan yang terbaru</translation>
    </message>
    <message>
        <source>backups.</source>
        <translation>cadangan.</translation>
    </message>
    <message>
        <source>One is made each day you open the book, and before every upgrade.</source>
        <translation>Satu dibuat setiap hari Anda membuka buku, dan sebelum setiap pembaruan.</translation>
    </message>
    <message>
        <source>  (the default, beside the book)</source>
        <translation>  (bawaan, di samping buku)</translation>
    </message>
    <message>
        <source>Folder for Backups</source>
        <translation>Folder untuk Cadangan</translation>
    </message>
    <message>
        <source>Backups &amp; Restore</source>
        <translation>Cadangan &amp; Pemulihan</translation>
    </message>
    <message>
        <source>No backup yet. Back Up Now makes the first one.</source>
        <translation>Belum ada cadangan. Cadangkan Sekarang membuat yang pertama.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups of this book&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;Cadangan buku ini&lt;/b&gt;, terbaru di atas</translation>
    </message>
    <message>
        <source> (named before backups carried their book; maybe another book&apos;s)</source>
        <translation> (dinamai sebelum cadangan membawa tanda bukunya; mungkin milik buku lain)</translation>
    </message>
    <message>
        <source>The book is open read-only here: restore it in the window that has it.</source>
        <translation>Buku ini terbuka hanya-baca di sini: pulihkan di jendela yang membukanya.</translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation>Pilih cadangan yang akan dipulihkan.</translation>
    </message>
    <message>
        <source>This backup {problem}.</source>
        <translation>Cadangan ini {problem}.</translation>
    </message>
    <message>
        <source>Put this backup in place of the book</source>
        <translation>Pasang cadangan ini menggantikan buku</translation>
    </message>
    <message>
        <source>Put the backup of {made_at} ({billings:,} billings) in place of the book?

Company in the backup: {name}, NPWP {npwp}.

Everything done since then leaves the book. The book as it is now is backed up first, so you can come back to it.</source>
        <translation>Pasang cadangan {made_at} ({billings:,} tagihan) menggantikan buku?

Perusahaan dalam cadangan: {name}, NPWP {npwp}.

Semua yang dikerjakan sejak itu keluar dari buku. Buku seperti sekarang dicadangkan lebih dulu, jadi Anda bisa kembali ke sana.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>What DJP already has, and the backup does not:</source>
        <translation>Yang sudah ada di DJP, tetapi tidak ada di cadangan:</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Pulihkan Cadangan</translation>
    </message>
    <message>
        <source>Restore Another Company&apos;s Book?</source>
        <translation>Pulihkan Buku Perusahaan Lain?</translation>
    </message>
    <message>
        <source>This backup is of {theirs}, NPWP {their_npwp}, but the open book is of {ours}, NPWP {our_npwp}. Restoring it puts another company&apos;s book in place of this one.

Restore it all the same?</source>
        <translation>Cadangan ini milik {theirs}, NPWP {their_npwp}, sedangkan buku yang terbuka milik {ours}, NPWP {our_npwp}. Memulihkannya memasang buku perusahaan lain menggantikan buku ini.

Tetap pulihkan?</translation>
    </message>
    <message>
        <source>Restored the backup of {made_at}. The book as it was is kept as {name}.</source>
        <translation>Cadangan {made_at} telah dipulihkan. Buku sebelumnya disimpan sebagai {name}.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Gandakan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <source>Record Payment…</source>
        <translation>Catat Pembayaran…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Generate E-Faktur No</source>
        <translation>Buat No. E-Faktur</translation>
    </message>
    <message>
        <source>Cancel E-Faktur No</source>
        <translation>Batalkan No. E-Faktur</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Billing Details</source>
        <translation>Rincian Tagihan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>NPWP / NIK</source>
        <translation>NPWP / NIK</translation>
    </message>
    <message>
        <source>Invoice Date</source>
        <translation>Tanggal Invoice</translation>
    </message>
    <message>
        <source>Due Date</source>
        <translation>Jatuh Tempo</translation>
    </message>
    <message>
        <source>Invoice Tax</source>
        <translation>Pajak Invoice</translation>
    </message>
    <message>
        <source>E-Faktur No</source>
        <translation>No. E-Faktur</translation>
    </message>
    <message>
        <source>e-Faktur file</source>
        <translation>Berkas e-Faktur</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>PPnBM</source>
        <translation>PPnBM</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <source>Unit Price</source>
        <translation>Harga Satuan</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Choose E-Faktur No…</source>
        <translation>Pilih No. E-Faktur…</translation>
    </message>
    <message>
        <source>Billing {invoice_no}</source>
        <translation>Tagihan {invoice_no}</translation>
    </message>
    <message>
        <source>NPWP {npwp}</source>
        <translation>NPWP {npwp}</translation>
    </message>
    <message>
        <source>On, transaction code {transaction_code}, PPN {label}</source>
        <translation>Aktif, kode transaksi {transaction_code}, PPN {label}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Uploaded on {uploaded_on}</source>
        <translation>Diunggah pada {uploaded_on}</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>Belum diunggah</translation>
    </message>
    <message>
        <source>PPN, not collected</source>
        <translation>PPN, tidak dipungut</translation>
    </message>
    <message>
        <source>PPnBM, not collected</source>
        <translation>PPnBM, tidak dipungut</translation>
    </message>
    <message>
        <source>Pick a specific available number</source>
        <translation>Pilih nomor tertentu yang tersedia</translation>
    </message>
    <message>
        <source>&lt;b&gt;{text}&lt;/b&gt; is not available: {reason}</source>
        <translation>&lt;b&gt;{text}&lt;/b&gt; tidak tersedia: {reason}</translation>
    </message>
    <message>
        <source>Edit billing</source>
        <translation>Ubah tagihan</translation>
    </message>
    <message>
        <source>{invoice_no} is a copy of {original}, saved as Draft. It is shown now.</source>
        <translation>{invoice_no} adalah salinan {original}, disimpan sebagai Draf. Sekarang ditampilkan.</translation>
    </message>
    <message>
        <source>Duplicate billing</source>
        <translation>Gandakan tagihan</translation>
    </message>
    <message>
        <source>Make a Draft copy of billing {original}?</source>
        <translation>Buat salinan Draf dari tagihan {original}?</translation>
    </message>
    <message>
        <source>Delete billing</source>
        <translation>Hapus tagihan</translation>
    </message>
    <message>
        <source>Delete billing {invoice_no} and its lines? This cannot be undone.</source>
        <translation>Hapus tagihan {invoice_no} beserta barisnya? Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Billing {invoice_no} has been deleted.</source>
        <translation>Tagihan {invoice_no} telah dihapus.</translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation>Catat Pembayaran</translation>
    </message>
    <message>
        <source>{invoice_no} is issued with E-Faktur No {number}.</source>
        <translation>{invoice_no} diterbitkan dengan No. E-Faktur {number}.</translation>
    </message>
    <message>
        <source>{invoice_no} is issued.</source>
        <translation>{invoice_no} diterbitkan.</translation>
    </message>
    <message>
        <source>Cancel Faktur in Coretax</source>
        <translation>Batalkan Faktur di Coretax</translation>
    </message>
    <message>
        <source>Have you deleted it in Coretax?</source>
        <translation>Sudahkah Anda menghapusnya di Coretax?</translation>
    </message>
    <message>
        <source>Why is the faktur of {invoice_no} cancelled?</source>
        <translation>Mengapa faktur {invoice_no} dibatalkan?</translation>
    </message>
    <message>
        <source>Replace in Coretax</source>
        <translation>Ganti di Coretax</translation>
    </message>
    <message>
        <source>What must change on the faktur of {invoice_no}?</source>
        <translation>Apa yang harus berubah pada faktur {invoice_no}?</translation>
    </message>
    <message>
        <source>What changes, as you will type it in Coretax&apos;s Amend screen (for example: line 1 price 1,500,000 → 1,400,000):</source>
        <translation>Apa yang berubah, seperti yang akan Anda ketik di layar Amend Coretax (misalnya: baris 1 harga 1.500.000 → 1.400.000):</translation>
    </message>
    <message>
        <source>Issue billing</source>
        <translation>Terbitkan tagihan</translation>
    </message>
    <message>
        <source>Cancel Faktur in Coretax…</source>
        <translation>Batalkan Faktur di Coretax…</translation>
    </message>
    <message>
        <source>Replace in Coretax…</source>
        <translation>Ganti di Coretax…</translation>
    </message>
    <message>
        <source>(Not Set)</source>
        <translation>(Belum Ada)</translation>
    </message>
    <message>
        <source>{invoice_no} is issued without an E-Faktur No (Not Set). Generate it once DJP grants more numbers.</source>
        <translation>{invoice_no} diterbitkan tanpa No. E-Faktur (Belum Ada). Buat nomornya setelah DJP memberi nomor baru.</translation>
    </message>
    <message>
        <source>Issue billing {invoice_no}?</source>
        <translation>Terbitkan tagihan {invoice_no}?</translation>
    </message>
    <message>
        <source>Billing {invoice_no} has been cancelled.</source>
        <translation>Tagihan {invoice_no} telah dibatalkan.</translation>
    </message>
    <message>
        <source>Cancel billing</source>
        <translation>Batalkan tagihan</translation>
    </message>
    <message>
        <source>Are you sure you want to cancel billing {invoice_no}?</source>
        <translation>Yakin ingin membatalkan tagihan {invoice_no}?</translation>
    </message>
    <message>
        <source>E-Faktur No {number} has been generated for {invoice_no}.</source>
        <translation>No. E-Faktur {number} telah dibuat untuk {invoice_no}.</translation>
    </message>
    <message>
        <source>Generate an E-Faktur No for billing {invoice_no}?</source>
        <translation>Buat No. E-Faktur untuk tagihan {invoice_no}?</translation>
    </message>
    <message>
        <source>Choose E-Faktur No</source>
        <translation>Pilih No. E-Faktur</translation>
    </message>
    <message>
        <source>No E-Faktur No may be used on a faktur dated {invoice_date}.</source>
        <translation>Tidak ada No. E-Faktur yang boleh dipakai pada faktur bertanggal {invoice_date}.</translation>
    </message>
    <message>
        <source>E-Faktur No for {invoice_no} (available numbers for {invoice_date}, smallest first; you may type another):</source>
        <translation>No. E-Faktur untuk {invoice_no} (nomor tersedia untuk {invoice_date}, terkecil di atas; Anda boleh mengetik yang lain):</translation>
    </message>
    <message>
        <source>E-Faktur No {number} has been given to {invoice_no}.</source>
        <translation>No. E-Faktur {number} telah diberikan kepada {invoice_no}.</translation>
    </message>
    <message>
        <source>Give E-Faktur No {picked} to billing {invoice_no}?</source>
        <translation>Berikan No. E-Faktur {picked} kepada tagihan {invoice_no}?</translation>
    </message>
    <message>
        <source>E-Faktur No {number} has been cancelled and is available again.</source>
        <translation>No. E-Faktur {number} telah dibatalkan dan tersedia lagi.</translation>
    </message>
    <message>
        <source>Are you sure you want to cancel E-Faktur No {efaktur_number} of billing {invoice_no}? The number goes back to the pool for another invoice.</source>
        <translation>Yakin ingin membatalkan No. E-Faktur {efaktur_number} dari tagihan {invoice_no}? Nomor itu kembali ke persediaan untuk invoice lain.</translation>
    </message>
    <message>
        <source>Item Code</source>
        <translation>Kode Barang</translation>
    </message>
    <message>
        <source>Item Name</source>
        <translation>Nama Barang</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Disk. %</translation>
    </message>
    <message>
        <source>Luxury</source>
        <translation>Mewah</translation>
    </message>
    <message>
        <source>G/S Code</source>
        <translation>Kode B/J</translation>
    </message>
    <message>
        <source>PPnBM %</source>
        <translation>PPnBM %</translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation>Pelanggan Baru…</translation>
    </message>
    <message>
        <source>Invoice Tax (PPN, with an E-Faktur No)</source>
        <translation>Pajak Invoice (PPN, dengan No. E-Faktur)</translation>
    </message>
    <message>
        <source>Prices include PPN</source>
        <translation>Harga termasuk PPN</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>Tambah Baris</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>Hapus Baris</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Save as Draft</source>
        <translation>Simpan sebagai Draf</translation>
    </message>
    <message>
        <source>Save as Proforma</source>
        <translation>Simpan sebagai Proforma</translation>
    </message>
    <message>
        <source>Save and Issue</source>
        <translation>Simpan dan Terbitkan</translation>
    </message>
    <message>
        <source>Invoice No</source>
        <translation>No. Invoice</translation>
    </message>
    <message>
        <source>Transaction Code</source>
        <translation>Kode Transaksi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Baris&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>New Billing</source>
        <translation>Tagihan Baru</translation>
    </message>
    <message>
        <source>Coretax details</source>
        <translation>Rincian Coretax</translation>
    </message>
    <message>
        <source>Goods or services, goods/services code and unit of each line, as Coretax needs them (services, 000000 and Unit unless you change them)</source>
        <translation>Barang atau jasa, kode barang/jasa, dan satuan setiap baris, sebagaimana diperlukan Coretax (jasa, 000000, dan Unit kecuali Anda mengubahnya)</translation>
    </message>
    <message>
        <source>Edit Billing {invoice_no}</source>
        <translation>Ubah Tagihan {invoice_no}</translation>
    </message>
    <message>
        <source>Luxury goods (PPnBM): 12% of the full DPP from 1 February 2025</source>
        <translation>Barang mewah (PPnBM): 12% dari DPP penuh mulai 1 Februari 2025</translation>
    </message>
    <message>
        <source>The PPnBM rate of this luxury line, in percent (0 to 200)</source>
        <translation>Tarif PPnBM baris barang mewah ini, dalam persen (0 sampai 200)</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(belum dipilih)</translation>
    </message>
    <message>
        <source>goods or services</source>
        <translation>barang atau jasa</translation>
    </message>
    <message>
        <source>goods/services code</source>
        <translation>kode barang/jasa</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>satuan</translation>
    </message>
    <message>
        <source>PPnBM rate</source>
        <translation>tarif PPnBM</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>kuantitas</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>harga satuan</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>diskon</translation>
    </message>
    <message>
        <source>Line {value}: enter the {label}.</source>
        <translation>Baris {value}: isi {label}.</translation>
    </message>
    <message>
        <source>Line {value}, {label}: {exc}</source>
        <translation>Baris {value}, {label}: {exc}</translation>
    </message>
    <message>
        <source>Line {value}, {label}: {why}.</source>
        <translation>Baris {value}, {label}: {why}.</translation>
    </message>
    <message>
        <source>PPN (Invoice Tax off)</source>
        <translation>PPN (Pajak Invoice nonaktif)</translation>
    </message>
    <message>
        <source>PPN {rate}, not collected (code {code})</source>
        <translation>PPN {rate}, tidak dipungut (kode {code})</translation>
    </message>
    <message>
        <source>Choose the customer from the list, or add a New Customer.</source>
        <translation>Pilih pelanggan dari daftar, atau tambahkan Pelanggan Baru.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Proforma</source>
        <translation>Proforma</translation>
    </message>
    <message>
        <source>{invoice_no} saved as {label}.</source>
        <translation>{invoice_no} disimpan sebagai {label}.</translation>
    </message>
    <message>
        <source> Coretax numbers its faktur when DJP approves it.</source>
        <translation> Coretax memberi nomor fakturnya saat DJP menyetujuinya.</translation>
    </message>
    <message>
        <source> It takes the next E-Faktur No now.</source>
        <translation> Tagihan ini mengambil No. E-Faktur berikutnya sekarang.</translation>
    </message>
    <message>
        <source>Issue billing {strip} to the customer?{takes}</source>
        <translation>Terbitkan tagihan {strip} kepada pelanggan?{takes}</translation>
    </message>
    <message>
        <source>Nothing was saved.

{message}</source>
        <translation>Tidak ada yang disimpan.

{message}</translation>
    </message>
    <message>
        <source>{invoice_no} is issued</source>
        <translation>{invoice_no} diterbitkan</translation>
    </message>
    <message>
        <source> with E-Faktur No {number}.</source>
        <translation> dengan No. E-Faktur {number}.</translation>
    </message>
    <message>
        <source>PT Contoh Sejahtera</source>
        <translation>PT Contoh Sejahtera</translation>
    </message>
    <message>
        <source>15 or 16 digits, as on the NPWP card</source>
        <translation>15 atau 16 digit, seperti pada kartu NPWP</translation>
    </message>
    <message>
        <source>as registered with DJP</source>
        <translation>seperti terdaftar di DJP</translation>
    </message>
    <message>
        <source>Place of business (TKU) for Coretax: 000000 for the head office, else the branch&apos;s</source>
        <translation>Tempat kegiatan usaha (TKU) untuk Coretax: 000000 untuk kantor pusat, selain itu milik cabangnya</translation>
    </message>
    <message>
        <source>Seller (PKP) on every faktur</source>
        <translation>Penjual (PKP) pada setiap faktur</translation>
    </message>
    <message>
        <source>Company Name</source>
        <translation>Nama Perusahaan</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>ID TKU</source>
        <translation>ID TKU</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Nomor invoice</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pola</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{PROBLEM_COLOUR}&apos;&gt;{message}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{PROBLEM_COLOUR}&apos;&gt;{message}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{id_tku} (the 16-digit NPWP, then the TKU)</source>
        <translation>{id_tku} (NPWP 16 digit, lalu TKU)</translation>
    </message>
    <message>
        <source>Company &amp; Numbering</source>
        <translation>Perusahaan &amp; Penomoran</translation>
    </message>
    <message>
        <source>Company and invoice numbering saved.</source>
        <translation>Perusahaan dan penomoran invoice disimpan.</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Belum Dibayar</translation>
    </message>
    <message>
        <source>Partially Paid</source>
        <translation>Dibayar Sebagian</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat Jatuh Tempo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Automatic (daily)</source>
        <translation>Otomatis (harian)</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>Dicadangkan oleh Anda</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Sebelum pembaruan</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rentang</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buku</translation>
    </message>
    <message>
        <source>Cancelled E-Faktur No</source>
        <translation>No. E-Faktur dibatalkan</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Kena Pajak</translation>
    </message>
    <message>
        <source>DPP</source>
        <translation>DPP</translation>
    </message>
    <message>
        <source>PPN</source>
        <translation>PPN</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>Rentang</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>E-Faktur Files</source>
        <translation>Berkas E-Faktur</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Company, Settings &amp; Book</source>
        <translation>Perusahaan, Pengaturan &amp; Buku</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Pengganti</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <source>From the NPWP or NIK</source>
        <translation>Dari NPWP atau NIK</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>Pelanggan Baru</translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation>Ubah Pelanggan</translation>
    </message>
    <message>
        <source>Customer Name</source>
        <translation>Nama Pelanggan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>finance@contoh.co.id</source>
        <translation>keuangan@contoh.co.id</translation>
    </message>
    <message>
        <source>01.234.567.4-411.000 (15 or 16 digits)</source>
        <translation>01.234.567.4-411.000 (15 atau 16 digit)</translation>
    </message>
    <message>
        <source>NPWP Name</source>
        <translation>Nama NPWP</translation>
    </message>
    <message>
        <source>as on the NPWP card (the name if empty)</source>
        <translation>seperti pada kartu NPWP (nama pelanggan bila kosong)</translation>
    </message>
    <message>
        <source>NPWP Address</source>
        <translation>Alamat NPWP</translation>
    </message>
    <message>
        <source>16 digits, for a buyer without NPWP</source>
        <translation>16 digit, untuk pembeli tanpa NPWP</translation>
    </message>
    <message>
        <source>Taxable company: new billings start with Invoice Tax on</source>
        <translation>Perusahaan kena pajak: tagihan baru dimulai dengan Pajak Invoice aktif</translation>
    </message>
    <message>
        <source>6 digits; 000000 for the head office</source>
        <translation>6 digit; 000000 untuk kantor pusat</translation>
    </message>
    <message>
        <source>For Coretax</source>
        <translation>Untuk Coretax</translation>
    </message>
    <message>
        <source>the passport&apos;s or document&apos;s number</source>
        <translation>nomor paspor atau dokumennya</translation>
    </message>
    <message>
        <source>an NPWP or NIK buyer: the number above</source>
        <translation>pembeli dengan NPWP atau NIK: nomor di atas</translation>
    </message>
    <message>
        <source>IND is India. A buyer in Indonesia is IDN.</source>
        <translation>IND adalah India. Pembeli di Indonesia adalah IDN.</translation>
    </message>
    <message>
        <source>IDN: Indonesia. For a foreign buyer, its ISO 3166 three-letter code.</source>
        <translation>IDN: Indonesia. Untuk pembeli luar negeri, kode tiga huruf ISO 3166 negaranya.</translation>
    </message>
    <message>
        <source>ISO 3166 three-letter code of the buyer&apos;s country (Indonesia: IDN).</source>
        <translation>Kode tiga huruf ISO 3166 negara pembeli (Indonesia: IDN).</translation>
    </message>
    <message>
        <source>Country IND is India; Indonesia is IDN (DJP&apos;s own sample file mixes them up). Is {name} a buyer in India?</source>
        <translation>Negara IND adalah India; Indonesia adalah IDN (contoh berkas DJP sendiri tertukar). Apakah {name} pembeli di India?</translation>
    </message>
    <message>
        <source>Not saved: for a buyer in Indonesia, the country is IDN.</source>
        <translation>Tidak disimpan: untuk pembeli di Indonesia, negaranya IDN.</translation>
    </message>
    <message>
        <source>Customer {name} added.</source>
        <translation>Pelanggan {name} ditambahkan.</translation>
    </message>
    <message>
        <source>Customer {name} saved.</source>
        <translation>Pelanggan {name} disimpan.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Search by name, e-mail, NPWP or NIK</source>
        <translation>Cari menurut nama, e-mail, NPWP atau NIK</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pelanggan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 pelanggan</translation>
    </message>
    <message>
        <source>{n:,} customers</source>
        <translation>{n:,} pelanggan</translation>
    </message>
    <message>
        <source> matching “{text}”</source>
        <translation> yang cocok dengan “{text}”</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Semua tanggal</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Tanggal…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Diunggah</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <source>Needs Review</source>
        <translation>Perlu Ditinjau</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Waiting for Amendment</source>
        <translation>Menunggu Penggantian</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Diganti</translation>
    </message>
    <message>
        <source>Waiting for Cancellation</source>
        <translation>Menunggu Pembatalan</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Belum Diekspor</translation>
    </message>
    <message>
        <source>Issued when no E-Faktur No was left: generate it before exporting</source>
        <translation>Diterbitkan saat No. E-Faktur habis: buat nomornya sebelum mengekspor</translation>
    </message>
    <message>
        <source>Due {due_date}</source>
        <translation>Jatuh tempo {due_date}</translation>
    </message>
    <message>
        <source>NIK (no NPWP)</source>
        <translation>NIK (tanpa NPWP)</translation>
    </message>
    <message>
        <source>Invoice Status</source>
        <translation>Status Invoice</translation>
    </message>
    <message>
        <source>Export Status</source>
        <translation>Status Ekspor</translation>
    </message>
    <message>
        <source>Last exported {exported_at}</source>
        <translation>Terakhir diekspor {exported_at}</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>e-Faktur desktop (CSV)</source>
        <translation>e-Faktur desktop (CSV)</translation>
    </message>
    <message>
        <source>Coretax (XML)</source>
        <translation>Coretax (XML)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Export a range of dates instead of one month</source>
        <translation>Ekspor rentang tanggal, bukan satu bulan</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Search by Invoice No or Customer</source>
        <translation>Cari menurut No. Invoice atau Pelanggan</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Pilih &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <source>&amp;Generate E-Faktur No</source>
        <translation>&amp;Buat No. E-Faktur</translation>
    </message>
    <message>
        <source>Save &amp;Again…</source>
        <translation>Simpan &amp;Lagi…</translation>
    </message>
    <message>
        <source>Write a kept export batch to a file again, byte for byte</source>
        <translation>Tulis lagi batch ekspor yang tersimpan ke berkas, persis sama</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
    <message>
        <source>1 faktur written to {name}.</source>
        <translation>1 faktur ditulis ke {name}.</translation>
    </message>
    <message>
        <source>{n:,} fakturs written to {name}.</source>
        <translation>{n:,} faktur ditulis ke {name}.</translation>
    </message>
    <message>
        <source>{fakturs:,} fakturs written to {files:,} files, as Coretax takes at most 1,000 in one:
{names}</source>
        <translation>{fakturs:,} faktur ditulis ke {files:,} berkas, karena Coretax menerima paling banyak 1.000 per berkas:
{names}</translation>
    </message>
    <message>
        <source>• {name} (1 faktur)</source>
        <translation>• {name} (1 faktur)</translation>
    </message>
    <message>
        <source>• {name} ({n:,} fakturs)</source>
        <translation>• {name} ({n:,} faktur)</translation>
    </message>
    <message>
        <source>These billings were exported before:
{listed}</source>
        <translation>Tagihan ini sudah pernah diekspor:
{listed}</translation>
    </message>
    <message>
        <source>These E-Faktur Nos went out before on another billing, and e-Faktur desktop still holds that faktur. Delete it there first, then import this file:
{listed}</source>
        <translation>No. E-Faktur ini sudah pernah diekspor pada tagihan lain, dan e-Faktur desktop masih menyimpan faktur itu. Hapus dulu faktur itu di sana, lalu impor berkas ini:
{listed}</translation>
    </message>
    <message>
        <source>Export them again? Choose No to leave them out.</source>
        <translation>Ekspor lagi? Pilih Tidak untuk melewatinya.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>{shown:,} billings dated {first} to {last}</source>
        <translation>{shown:,} tagihan bertanggal {first} sampai {last}</translation>
    </message>
    <message>
        <source>No billing dated {first} to {last} matches.</source>
        <translation>Tidak ada tagihan bertanggal {first} sampai {last} yang cocok.</translation>
    </message>
    <message>
        <source>⚠ Export batch {batch} ({when}, {fakturs:,} faktur) is kept in the book, but its file was not written to {path}. Save Again… writes it.</source>
        <translation>⚠ Batch ekspor {batch} ({when}, {fakturs:,} faktur) tersimpan di buku, tetapi berkasnya tidak tertulis ke {path}. Simpan Lagi… akan menuliskannya.</translation>
    </message>
    <message>
        <source>Export the {selected:,} selected billings</source>
        <translation>Ekspor {selected:,} tagihan terpilih</translation>
    </message>
    <message>
        <source>Select billings first</source>
        <translation>Pilih tagihan lebih dulu</translation>
    </message>
    <message>
        <source>Cancel the E-Faktur Nos of the {n}, all or none</source>
        <translation>Batalkan No. E-Faktur dari {n}, semuanya atau tidak satu pun</translation>
    </message>
    <message>
        <source>Give the {selected:,} selected billings their E-Faktur No (all or none)</source>
        <translation>Beri {selected:,} tagihan terpilih No. E-Faktur (semua atau tidak sama sekali)</translation>
    </message>
    <message>
        <source>Save Again</source>
        <translation>Simpan Lagi</translation>
    </message>
    <message>
        <source>No export batch is kept in this book yet.</source>
        <translation>Belum ada batch ekspor di buku ini.</translation>
    </message>
    <message>
        <source>Export batch to write again, exactly as it was kept:</source>
        <translation>Batch ekspor yang ditulis lagi, persis seperti tersimpan:</translation>
    </message>
    <message>
        <source>Pick one of the export batches listed.</source>
        <translation>Pilih salah satu batch ekspor dalam daftar.</translation>
    </message>
    <message>
        <source>Export batch {batch} written to {path}.</source>
        <translation>Batch ekspor {batch} ditulis ke {path}.</translation>
    </message>
    <message>
        <source>Batch {batch}: {when}, {name}, {fakturs:,} faktur</source>
        <translation>Batch {batch}: {when}, {name}, {fakturs:,} faktur</translation>
    </message>
    <message>
        <source> (not saved)</source>
        <translation> (belum tersimpan)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Select the billings to export first.</source>
        <translation>Pilih tagihan yang akan diekspor lebih dulu.</translation>
    </message>
    <message>
        <source>None of the selected billings can be exported.

{reasons}</source>
        <translation>Tidak satu pun tagihan terpilih dapat diekspor.

{reasons}</translation>
    </message>
    <message>
        <source>e-Faktur CSV (*.csv)</source>
        <translation>CSV e-Faktur (*.csv)</translation>
    </message>
    <message>
        <source>{id_type} for Coretax (no NPWP)</source>
        <translation>{id_type} untuk Coretax (tanpa NPWP)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export&lt;/b&gt; as</source>
        <translation>&lt;b&gt;Ekspor&lt;/b&gt; sebagai</translation>
    </message>
    <message>
        <source>Billings dated from {day} go through Coretax: import this XML in Coretax (Impor Data). Coretax gives each faktur its number when it approves it.</source>
        <translation>Tagihan bertanggal sejak {day} melalui Coretax: impor XML ini di Coretax (Impor Data). Coretax memberi nomor setiap faktur saat menyetujuinya.</translation>
    </message>
    <message>
        <source>Billings dated before {day}, and those holding an E-Faktur No, go through e-Faktur desktop: import this CSV there.</source>
        <translation>Tagihan bertanggal sebelum {day}, dan yang sudah memiliki No. E-Faktur, melalui e-Faktur desktop: impor CSV ini di sana.</translation>
    </message>
    <message>
        <source>&amp;Export XML…</source>
        <translation>&amp;Ekspor XML…</translation>
    </message>
    <message>
        <source> · {more:,} more as {format}: choose it above</source>
        <translation> · {more:,} lagi sebagai {format}: pilih di atas</translation>
    </message>
    <message>
        <source>Coretax XML (*.xml)</source>
        <translation>XML Coretax (*.xml)</translation>
    </message>
    <message>
        <source>Export XML</source>
        <translation>Ekspor XML</translation>
    </message>
    <message>
        <source>Coretax takes at most 1,000 fakturs in a file, so these {fakturs:,} go into {files:,} files. These are there already:
{names}

Replace them?</source>
        <translation>Coretax menerima paling banyak 1.000 faktur per berkas, jadi {fakturs:,} faktur ini dibagi ke {files:,} berkas. Berkas berikut sudah ada:
{names}

Ganti berkas-berkas itu?</translation>
    </message>
    <message>
        <source>Export batch {batch} kept, not saved</source>
        <translation>Batch ekspor {batch} tersimpan di buku, berkasnya belum</translation>
    </message>
    <message>
        <source>Export batch {batch} is kept in the book, but its file could not be written:
{reason}

Use Save Again… on this tab to write it.</source>
        <translation>Batch ekspor {batch} tersimpan di buku, tetapi berkasnya tidak dapat ditulis:
{reason}

Gunakan Simpan Lagi… di tab ini untuk menuliskannya.</translation>
    </message>
    <message>
        <source>

Left out:
{reasons}</source>
        <translation>

Dilewati:
{reasons}</translation>
    </message>
    <message>
        <source>{fakturs:,} faktur exported to {path}</source>
        <translation>{fakturs:,} faktur diekspor ke {path}</translation>
    </message>
    <message>
        <source>Another E-Faktur Desk window has this book open, so it is read-only here. Make changes in that window.</source>
        <translation>Jendela E-Faktur Desk lain sedang membuka buku ini, jadi di sini hanya-baca. Lakukan perubahan di jendela itu.</translation>
    </message>
    <message>
        <source>Includes {rounding} of rounding, so that the lines add up to the whole rupiah of the billing, as on the faktur.</source>
        <translation>Termasuk pembulatan {rounding}, agar jumlah baris sama dengan rupiah bulat tagihan, seperti pada faktur.</translation>
    </message>
    <message>
        <source>to a non-collector buyer</source>
        <translation>kepada pembeli bukan pemungut</translation>
    </message>
    <message>
        <source>to a government treasurer</source>
        <translation>kepada bendahara pemerintah</translation>
    </message>
    <message>
        <source>to a non-treasurer collector</source>
        <translation>kepada pemungut selain bendahara</translation>
    </message>
    <message>
        <source>DPP other value</source>
        <translation>DPP nilai lain</translation>
    </message>
    <message>
        <source>deemed rate</source>
        <translation>besaran tertentu</translation>
    </message>
    <message>
        <source>other deliveries (tourists, etc.)</source>
        <translation>penyerahan lainnya (turis, dll.)</translation>
    </message>
    <message>
        <source>VAT not collected</source>
        <translation>PPN tidak dipungut</translation>
    </message>
    <message>
        <source>VAT exempt</source>
        <translation>PPN dibebaskan</translation>
    </message>
    <message>
        <source>assets (Pasal 16D)</source>
        <translation>aktiva (Pasal 16D)</translation>
    </message>
    <message>
        <source>other supplies (Coretax only)</source>
        <translation>penyerahan lainnya (hanya Coretax)</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Never used, and its year is over: delete it in e-Faktur desktop (Year End).</source>
        <translation>Tidak pernah dipakai, dan tahunnya sudah lewat: hapus di e-Faktur desktop (Akhir Tahun).</translation>
    </message>
    <message>
        <source>DJP approved the faktur: this number is spent for good.</source>
        <translation>DJP sudah menyetujui fakturnya: nomor ini terpakai selamanya.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>entry {id} ({day}, “{summary}”)</source>
        <translation>entri {id} ({day}, “{summary}”)</translation>
    </message>
    <message>
        <source>The history was tampered with: entry 1 was removed (the history now begins with {entry}).</source>
        <translation>Riwayat telah diubah: entri 1 dihapus (riwayat kini dimulai dengan {entry}).</translation>
    </message>
    <message>
        <source>The history was tampered with: entry {missing} was removed (the entry after entry {previous} is {entry}).</source>
        <translation>Riwayat telah diubah: entri {missing} dihapus (entri sesudah entri {previous} adalah {entry}).</translation>
    </message>
    <message>
        <source>The history is sound: {count} entries, each as it was written and linked to the one before it.</source>
        <translation>Riwayat utuh: {count} entri, masing-masing seperti saat ditulis dan terkait dengan entri sebelumnya.</translation>
    </message>
    <message>
        <source>The history was tampered with: {entry} no longer matches the hash it was written with, and is dated before the entry above it ({day}): it was back-dated by hand.</source>
        <translation>Riwayat telah diubah: {entry} tidak lagi cocok dengan hash saat ditulis, dan bertanggal sebelum entri di atasnya ({day}): tanggalnya dimundurkan secara manual.</translation>
    </message>
    <message>
        <source>The history was tampered with: {entry} was not written by E-Faktur Desk (it carries no hash): it was forged by hand.</source>
        <translation>Riwayat telah diubah: {entry} tidak ditulis oleh E-Faktur Desk (tidak memiliki hash): entri ini dipalsukan secara manual.</translation>
    </message>
    <message>
        <source>The history was tampered with: {entry} no longer matches the hash it was written with: it was rewritten, or forged, by hand.</source>
        <translation>Riwayat telah diubah: {entry} tidak lagi cocok dengan hash saat ditulis: entri ini ditulis ulang atau dipalsukan secara manual.</translation>
    </message>
    <message>
        <source>TKU</source>
        <translation>TKU</translation>
    </message>
    <message>
        <source>Identity Type</source>
        <translation>Jenis Identitas</translation>
    </message>
    <message>
        <source>Identity Number</source>
        <translation>Nomor Identitas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Goods/Services</source>
        <translation>Barang/Jasa</translation>
    </message>
    <message>
        <source>Goods/Services Code</source>
        <translation>Kode Barang/Jasa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Additional Info</source>
        <translation>Keterangan Tambahan</translation>
    </message>
    <message>
        <source>Facility Stamp</source>
        <translation>Cap Fasilitas</translation>
    </message>
    <message>
        <source>Through Coretax From</source>
        <translation>Melalui Coretax Sejak</translation>
    </message>
    <message>
        <source>Coretax Faktur No</source>
        <translation>No. Faktur Coretax</translation>
    </message>
    <message>
        <source>Coretax Faktur Date</source>
        <translation>Tanggal Faktur Coretax</translation>
    </message>
    <message>
        <source>Coretax Status</source>
        <translation>Status Coretax</translation>
    </message>
    <message>
        <source>Coretax DPP</source>
        <translation>DPP Coretax</translation>
    </message>
    <message>
        <source>Coretax DPP Nilai Lain</source>
        <translation>DPP Nilai Lain Coretax</translation>
    </message>
    <message>
        <source>Coretax PPN</source>
        <translation>PPN Coretax</translation>
    </message>
    <message>
        <source>Coretax PPnBM</source>
        <translation>PPnBM Coretax</translation>
    </message>
    <message>
        <source>Coretax Amounts Differ</source>
        <translation>Jumlah Coretax Berbeda</translation>
    </message>
    <message>
        <source>Amended Faktur No</source>
        <translation>No. Faktur yang Diganti</translation>
    </message>
    <message>
        <source>{label} changed</source>
        <translation>{label} berubah</translation>
    </message>
    <message>
        <source>never: every faktur through e-Faktur desktop</source>
        <translation>tidak pernah: setiap faktur melalui e-Faktur desktop</translation>
    </message>
    <message>
        <source>Line {n} added</source>
        <translation>Baris {n} ditambahkan</translation>
    </message>
    <message>
        <source>Line {n} removed</source>
        <translation>Baris {n} dihapus</translation>
    </message>
    <message>
        <source>Line {n}, {label}: {old} → {new}</source>
        <translation>Baris {n}, {label}: {old} → {new}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Berubah:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Semuanya</translation>
    </message>
    <message>
        <source>Search what happened and why</source>
        <translation>Cari kejadian dan alasannya</translation>
    </message>
    <message>
        <source>The chosen entry in full</source>
        <translation>Catatan terpilih selengkapnya</translation>
    </message>
    <message>
        <source>Choose an entry to see it in full.</source>
        <translation>Pilih catatan untuk melihatnya selengkapnya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; of every change, kept by the book</source>
        <translation>&lt;b&gt;Riwayat&lt;/b&gt; setiap perubahan, disimpan oleh buku</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 catatan</translation>
    </message>
    <message>
        <source>{n:,} entries</source>
        <translation>{n:,} catatan</translation>
    </message>
    <message>
        <source>Import Billings — {file_name}</source>
        <translation>Impor Tagihan — {file_name}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{PROBLEM_COLOUR}&apos;&gt;{problems} in {file_name}. Nothing will be imported&lt;/b&gt; until the file is corrected: fix these rows in your spreadsheet, save it, and import it again.</source>
        <translation>&lt;b style=&apos;color:{PROBLEM_COLOUR}&apos;&gt;{problems} di {file_name}. Tidak ada yang diimpor&lt;/b&gt; sampai berkas diperbaiki: perbaiki baris-baris ini di spreadsheet Anda, simpan, lalu impor lagi.</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 masalah</translation>
    </message>
    <message>
        <source>{n:,} problems</source>
        <translation>{n:,} masalah</translation>
    </message>
    <message>
        <source>Will be recorded</source>
        <translation>Akan dicatat</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>No billing</source>
        <translation>Tidak ada tagihan</translation>
    </message>
    <message>
        <source>Import from Coretax</source>
        <translation>Impor dari Coretax</translation>
    </message>
    <message>
        <source>Import from Coretax — {file_name}</source>
        <translation>Impor dari Coretax — {file_name}</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Nothing in this file changes the book.</source>
        <translation>Tidak ada isi berkas ini yang mengubah buku.</translation>
    </message>
    <message>
        <source>{rows} in {file_name}: &lt;b&gt;{changes}&lt;/b&gt; will change</source>
        <translation>{rows} di {file_name}: &lt;b&gt;{changes}&lt;/b&gt; akan berubah</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 baris</translation>
    </message>
    <message>
        <source>{n:,} rows</source>
        <translation>{n:,} baris</translation>
    </message>
    <message>
        <source>; {unmatched} (a faktur made in Coretax is normal)</source>
        <translation>; {unmatched} (faktur yang dibuat langsung di Coretax itu wajar)</translation>
    </message>
    <message>
        <source>1 row matches no billing</source>
        <translation>1 baris tidak cocok dengan tagihan mana pun</translation>
    </message>
    <message>
        <source>{n:,} rows match no billing</source>
        <translation>{n:,} baris tidak cocok dengan tagihan mana pun</translation>
    </message>
    <message>
        <source>. Nothing to apply: the book already shows all of it.</source>
        <translation>. Tidak ada yang perlu diterapkan: buku sudah menunjukkan semuanya.</translation>
    </message>
    <message>
        <source>. Nothing is written until you click Apply.</source>
        <translation>. Tidak ada yang ditulis sebelum Anda mengklik Terapkan.</translation>
    </message>
    <message>
        <source>{status}: its number, date or amounts as Coretax now shows them</source>
        <translation>{status}: nomor, tanggal, atau jumlahnya seperti yang kini ditunjukkan Coretax</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Referensi</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Faktur No</source>
        <translation>No. Faktur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>What changes / problems</source>
        <translation>Yang berubah / masalah</translation>
    </message>
    <message>
        <source>{changes} recorded from {file_name}.</source>
        <translation>{changes} dicatat dari {file_name}.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Correct the file first: the import is all or nothing.</source>
        <translation>Perbaiki berkasnya dulu: impor berlaku semua atau tidak sama sekali.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{billings}&lt;/b&gt; with {lines}, total {total}, will be imported as &lt;b&gt;Draft&lt;/b&gt;</source>
        <translation>&lt;b&gt;{billings}&lt;/b&gt; dengan {lines}, total {total}, akan diimpor sebagai &lt;b&gt;Draf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 billing</source>
        <translation>1 tagihan</translation>
    </message>
    <message>
        <source>{n:,} billings</source>
        <translation>{n:,} tagihan</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 baris</translation>
    </message>
    <message>
        <source>{n:,} lines</source>
        <translation>{n:,} baris</translation>
    </message>
    <message>
        <source>; {customers} will be added</source>
        <translation>; {customers} akan ditambahkan</translation>
    </message>
    <message>
        <source>1 new customer</source>
        <translation>1 pelanggan baru</translation>
    </message>
    <message>
        <source>{n:,} new customers</source>
        <translation>{n:,} pelanggan baru</translation>
    </message>
    <message>
        <source>. Nothing is written until you click Import.</source>
        <translation>. Tidak ada yang ditulis sampai Anda mengklik Impor.</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (baru)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>PPN {ppn}</source>
        <translation>PPN {ppn}</translation>
    </message>
    <message>
        <source> · PPnBM {ppnbm}</source>
        <translation> · PPnBM {ppnbm}</translation>
    </message>
    <message>
        <source>{shown} · DPP {dpp} · {taxes} · Total {total} · Paid {paid}</source>
        <translation>{shown} · DPP {dpp} · {taxes} · Total {total} · Dibayar {paid}</translation>
    </message>
    <message>
        <source>{amount} ({not_collected} not collected)</source>
        <translation>{amount} ({not_collected} tidak dipungut)</translation>
    </message>
    <message>
        <source>Their E-Faktur Nos stay with them until you cancel each (Cancel E-Faktur No).</source>
        <translation>No. E-Faktur tetap pada tagihan itu sampai Anda membatalkan masing-masing (Batalkan No. E-Faktur).</translation>
    </message>
    <message>
        <source>Import Billings</source>
        <translation>Impor Tagihan</translation>
    </message>
    <message>
        <source>{billings:,} billings imported as Draft from {file_name}</source>
        <translation>{billings:,} tagihan diimpor sebagai Draf dari {file_name}</translation>
    </message>
    <message>
        <source> ({new_customers:,} new customers).</source>
        <translation> ({new_customers:,} pelanggan baru).</translation>
    </message>
    <message>
        <source>Welcome to E-Faktur Desk</source>
        <translation>Selamat datang di E-Faktur Desk</translation>
    </message>
    <message>
        <source>There is no book yet. Start with an empty book for your company, or look around in the demo book first (you can open your own book later).</source>
        <translation>Belum ada buku. Mulailah dengan buku kosong untuk perusahaan Anda, atau lihat-lihat dulu di buku demo (buku Anda sendiri bisa dibuka nanti).</translation>
    </message>
    <message>
        <source>Empty book</source>
        <translation>Buku kosong</translation>
    </message>
    <message>
        <source>Demo book</source>
        <translation>Buku demo</translation>
    </message>
    <message>
        <source>The book {name} is damaged: part of it can no longer be read, so E-Faktur Desk will not use it. Nothing was changed. Restore the newest backup (the window offers it), or copy a sound backup in place of {path}.</source>
        <translation>Buku {name} rusak: sebagian isinya tidak dapat dibaca lagi, jadi E-Faktur Desk tidak akan memakainya. Tidak ada yang berubah. Pulihkan cadangan terbaru (jendela menawarkannya), atau salin cadangan yang utuh untuk menggantikan {path}.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Free some space on the disk and try again. Nothing was changed.</source>
        <translation>Disk penuh, jadi ini tidak disimpan. Kosongkan sebagian ruang disk lalu coba lagi. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>The disk is full (or failing), so this change was not saved. Free some space on the disk the book is on and try again. Nothing was changed.</source>
        <translation>Disk penuh (atau rusak), jadi perubahan ini tidak disimpan. Kosongkan sebagian ruang pada disk tempat buku berada lalu coba lagi. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>The book is read-only here, so this change was not saved. Nothing was changed.</source>
        <translation>Buku ini hanya-baca di sini, jadi perubahan ini tidak disimpan. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Another program is holding the book (a backup or sync tool, perhaps), so this change was not saved. Try again in a moment. Nothing was changed.</source>
        <translation>Program lain sedang memegang buku (mungkin alat cadangan atau sinkronisasi), jadi perubahan ini tidak disimpan. Coba lagi sebentar lagi. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>There is no book yet in {folder}; --check opens an existing book.</source>
        <translation>Belum ada buku di {folder}; --check membuka buku yang sudah ada.</translation>
    </message>
    <message>
        <source>How Do Your Fakturs Go to DJP?</source>
        <translation>Bagaimana Faktur Anda Sampai ke DJP?</translation>
    </message>
    <message>
        <source>Coretax from {day}</source>
        <translation>Coretax sejak {day}</translation>
    </message>
    <message>
        <source>e-Faktur Desktop (NSFP Ranges)</source>
        <translation>e-Faktur Desktop (Rentang NSFP)</translation>
    </message>
    <message>
        <source>Data Folder Missing</source>
        <translation>Folder Data Tidak Ada</translation>
    </message>
    <message>
        <source>Look Again</source>
        <translation>Cari Lagi</translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation>Pilih Folder Lain…</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Tidak Disimpan</translation>
    </message>
    <message>
        <source>The details are in {kind}.</source>
        <translation>Rinciannya ada di {kind}.</translation>
    </message>
    <message>
        <source>The details could not be written to the log.</source>
        <translation>Rinciannya tidak dapat ditulis ke log.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>E-Faktur Desk hit an unexpected problem and did not finish that step:
{error}

{where} Nothing half-done was saved.</source>
        <translation>E-Faktur Desk mengalami masalah tak terduga dan tidak menyelesaikan langkah itu:
{error}

{where} Tidak ada yang tersimpan setengah jadi.</translation>
    </message>
    <message>
        <source>Book Already Open</source>
        <translation>Buku Sudah Terbuka</translation>
    </message>
    <message>
        <source>{name} is already open in another E-Faktur Desk window. Two windows writing to one book could undo each other&apos;s work, so only that window may change it.

Bring that window to the front, or open the book here read-only to look things up.</source>
        <translation>{name} sudah terbuka di jendela E-Faktur Desk lain. Dua jendela yang menulis ke satu buku bisa saling membatalkan pekerjaan, jadi hanya jendela itu yang boleh mengubahnya.

Tampilkan jendela itu ke depan, atau buka buku di sini hanya-baca untuk melihat-lihat.</translation>
    </message>
    <message>
        <source>Bring It to Front</source>
        <translation>Tampilkan ke Depan</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Buka Hanya-Baca</translation>
    </message>
    <message>
        <source>The other window did not answer. If it is not open any more, wait a few seconds and start E-Faktur Desk again.</source>
        <translation>Jendela lain tidak menjawab. Bila sudah tidak terbuka, tunggu beberapa detik lalu jalankan E-Faktur Desk lagi.</translation>
    </message>
    <message>
        <source>{chosen} is already open in another E-Faktur Desk window.</source>
        <translation>{chosen} sudah terbuka di jendela E-Faktur Desk lain.</translation>
    </message>
    <message>
        <source>The Book Cannot Be Opened</source>
        <translation>Buku Tidak Dapat Dibuka</translation>
    </message>
    <message>
        <source>The Book Is Damaged</source>
        <translation>Buku Rusak</translation>
    </message>
    <message>
        <source>No sound backup of it is in {folder}.</source>
        <translation>Tidak ada cadangan utuh buku ini di {folder}.</translation>
    </message>
    <message>
        <source>The newest sound backup was made {made} and holds {billings} billings of {company}, NPWP {npwp}. Restore it? What was entered after it must be entered again. Otherwise E-Faktur Desk closes and leaves the book as it is.</source>
        <translation>Cadangan utuh terbaru dibuat {made} dan berisi {billings} tagihan milik {company}, NPWP {npwp}. Pulihkan? Apa yang dimasukkan sesudahnya harus dimasukkan lagi. Jika tidak, E-Faktur Desk ditutup dan buku dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>Restore a Backup of Another Book?</source>
        <translation>Pulihkan Cadangan Buku Lain?</translation>
    </message>
    <message>
        <source>This backup may be of another book: {why} It is of {company}, NPWP {npwp}.

Restore it all the same?</source>
        <translation>Cadangan ini mungkin milik buku lain: {why} Cadangan ini milik {company}, NPWP {npwp}.

Tetap pulihkan?</translation>
    </message>
    <message>
        <source>the damaged book is of {ours}, NPWP {our_npwp}.</source>
        <translation>buku yang rusak milik {ours}, NPWP {our_npwp}.</translation>
    </message>
    <message>
        <source>its name cannot show that it is this book&apos;s (it is from before backups carried their book&apos;s id, or the damaged book&apos;s id cannot be read).</source>
        <translation>namanya tidak dapat menunjukkan bahwa cadangan ini milik buku ini (dibuat sebelum cadangan memuat id bukunya, atau id buku yang rusak tidak dapat dibaca).</translation>
    </message>
    <message>
        <source>Restore This Backup</source>
        <translation>Pulihkan Cadangan Ini</translation>
    </message>
    <message>
        <source>How do this book&apos;s fakturs go to DJP?

Coretax from {day}: {coretax}

e-Faktur desktop: {desktop}

You can change this later in Settings.</source>
        <translation>Bagaimana faktur buku ini sampai ke DJP?

Coretax sejak {day}: {coretax}

e-Faktur desktop: {desktop}

Anda dapat mengubahnya nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>The backup of {made} is the book now. The damaged book is kept as {kept}.</source>
        <translation>Cadangan {made} sekarang menjadi buku. Buku yang rusak disimpan sebagai {kept}.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Year Period</source>
        <translation>Periode Tahun</translation>
    </message>
    <message>
        <source>Start Number</source>
        <translation>Nomor Awal</translation>
    </message>
    <message>
        <source>End Number</source>
        <translation>Nomor Akhir</translation>
    </message>
    <message>
        <source>Total Number</source>
        <translation>Jumlah Nomor</translation>
    </message>
    <message>
        <source>Available Number</source>
        <translation>Nomor Tersedia</translation>
    </message>
    <message>
        <source>Grant Letter</source>
        <translation>Surat Pemberian</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Uploaded At</source>
        <translation>Diunggah Pada</translation>
    </message>
    <message>
        <source>E-Faktur Status</source>
        <translation>Status E-Faktur</translation>
    </message>
    <message>
        <source>Withdrawn: {withdrawn_reason}. The number stays uploaded.</source>
        <translation>Ditarik: {withdrawn_reason}. Nomornya tetap berstatus diunggah.</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Semua keadaan</translation>
    </message>
    <message>
        <source>Find number: 000-{yy:02d}.12345619 or 010.000-{yy:02d}.12345619</source>
        <translation>Cari nomor: 000-{yy:02d}.12345619 atau 010.000-{yy:02d}.12345619</translation>
    </message>
    <message>
        <source>All ranges</source>
        <translation>Semua rentang</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>&lt;b&gt;E-Faktur No ranges&lt;/b&gt; granted by DJP (e-Nofa)</source>
        <translation>&lt;b&gt;Rentang No. E-Faktur&lt;/b&gt; yang diberikan DJP (e-Nofa)</translation>
    </message>
    <message>
        <source>Numbers of range {start} .. {end}</source>
        <translation>Nomor dalam rentang {start} .. {end}</translation>
    </message>
    <message>
        <source>Numbers of all ranges</source>
        <translation>Nomor dari semua rentang</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>Available for {year}: {available:,} of {total:,}</source>
        <translation>Tersedia untuk {year}: {available:,} dari {total:,}</translation>
    </message>
    <message>
        <source>No range recorded for {year}. Available for {latest}: {available:,}</source>
        <translation>Belum ada rentang untuk {year}. Tersedia untuk {latest}: {available:,}</translation>
    </message>
    <message>
        <source>No range recorded yet.</source>
        <translation>Belum ada rentang yang dicatat.</translation>
    </message>
    <message>
        <source>Search by Invoice No</source>
        <translation>Cari menurut No. Invoice</translation>
    </message>
    <message>
        <source>&lt;b&gt;e-Faktur files&lt;/b&gt; approved by DJP</source>
        <translation>&lt;b&gt;Berkas e-Faktur&lt;/b&gt; yang disetujui DJP</translation>
    </message>
    <message>
        <source>No e-Faktur file has been uploaded for “{text}”.</source>
        <translation>Belum ada berkas e-Faktur yang diunggah untuk “{text}”.</translation>
    </message>
    <message>
        <source>No e-Faktur file has been uploaded yet.</source>
        <translation>Belum ada berkas e-Faktur yang diunggah.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>&lt;b&gt;Billings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tagihan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 billing shown</source>
        <translation>1 tagihan ditampilkan</translation>
    </message>
    <message>
        <source>{n:,} billings shown</source>
        <translation>{n:,} tagihan ditampilkan</translation>
    </message>
    <message>
        <source>1 draft</source>
        <translation>1 draf</translation>
    </message>
    <message>
        <source>{n:,} drafts</source>
        <translation>{n:,} draf</translation>
    </message>
    <message>
        <source>1 proforma</source>
        <translation>1 proforma</translation>
    </message>
    <message>
        <source>{n:,} proformas</source>
        <translation>{n:,} proforma</translation>
    </message>
    <message>
        <source>1 cancelled</source>
        <translation>1 dibatalkan</translation>
    </message>
    <message>
        <source>{n:,} cancelled</source>
        <translation>{n:,} dibatalkan</translation>
    </message>
    <message>
        <source> · {left_out} not counted</source>
        <translation> · {left_out} tidak dihitung</translation>
    </message>
    <message>
        <source>The sums are of the issued billings; drafts, proformas and cancelled ones are not.</source>
        <translation>Jumlahnya hanya dari tagihan yang diterbitkan; draf, proforma dan yang dibatalkan tidak dihitung.</translation>
    </message>
    <message>
        <source>E-Faktur Desk — {name}</source>
        <translation>E-Faktur Desk — {name}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (hanya-baca)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Pemakaian</translation>
    </message>
    <message>
        <source>&amp;Open Billing</source>
        <translation>&amp;Buka Tagihan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <source>Import from Coretax…</source>
        <translation>Impor dari Coretax…</translation>
    </message>
    <message>
        <source>Coretax&apos;s Pajak Keluaran export (.xlsx or .csv): each faktur&apos;s number, status and amounts; you see what changes first</source>
        <translation>Ekspor Pajak Keluaran dari Coretax (.xlsx atau .csv): nomor, status, dan jumlah setiap faktur; Anda melihat yang berubah lebih dulu</translation>
    </message>
    <message>
        <source>Coretax To-Do…</source>
        <translation>Tugas di Coretax…</translation>
    </message>
    <message>
        <source>What is still to be done in Coretax: cancel, replace, delete drafts, upload by the 20th of the next month</source>
        <translation>Yang masih harus dikerjakan di Coretax: membatalkan, mengganti, menghapus draf, mengunggah paling lambat tanggal 20 bulan berikutnya</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>+ Tax Number…</source>
        <translation>+ Nomor Pajak…</translation>
    </message>
    <message>
        <source>Record a range of E-Faktur Nos granted by DJP (e-Nofa)</source>
        <translation>Catat rentang No. E-Faktur yang diberikan DJP (e-Nofa)</translation>
    </message>
    <message>
        <source>Edit Range…</source>
        <translation>Ubah Rentang…</translation>
    </message>
    <message>
        <source>Delete Range</source>
        <translation>Hapus Rentang</translation>
    </message>
    <message>
        <source>Threshold…</source>
        <translation>Ambang Batas…</translation>
    </message>
    <message>
        <source>Warn when few E-Faktur Nos are left</source>
        <translation>Peringatkan bila No. E-Faktur tinggal sedikit</translation>
    </message>
    <message>
        <source>Year End…</source>
        <translation>Akhir Tahun…</translation>
    </message>
    <message>
        <source>A past year&apos;s unused numbers, to delete in e-Faktur</source>
        <translation>Nomor tahun lalu yang tidak terpakai, untuk dihapus di e-Faktur</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>The CSV for e-Faktur desktop or the XML for Coretax</source>
        <translation>CSV untuk e-Faktur desktop atau XML untuk Coretax</translation>
    </message>
    <message>
        <source>Upload E-Faktur…</source>
        <translation>Unggah E-Faktur…</translation>
    </message>
    <message>
        <source>Attach the approved e-Faktur PDFs (a .zip or PDFs)</source>
        <translation>Lampirkan PDF e-Faktur yang disetujui (sebuah .zip atau PDF)</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Buka Berkas</translation>
    </message>
    <message>
        <source>Open with System Viewer</source>
        <translation>Buka dengan Penampil Sistem</translation>
    </message>
    <message>
        <source>Withdraw File…</source>
        <translation>Tarik Berkas…</translation>
    </message>
    <message>
        <source>Number Details…</source>
        <translation>Rincian Nomor…</translation>
    </message>
    <message>
        <source>Generate E-Faktur No for Selected</source>
        <translation>Buat No. E-Faktur untuk yang Terpilih</translation>
    </message>
    <message>
        <source>Company &amp;&amp; Numbering…</source>
        <translation>Perusahaan &amp;&amp; Penomoran…</translation>
    </message>
    <message>
        <source>The seller on every faktur, and how invoices are numbered</source>
        <translation>Penjual pada setiap faktur, dan cara invoice diberi nomor</translation>
    </message>
    <message>
        <source>Import Billings…</source>
        <translation>Impor Tagihan…</translation>
    </message>
    <message>
        <source>Billings from a .csv or .xlsx, one row per line; you see every problem first</source>
        <translation>Tagihan dari .csv atau .xlsx, satu baris per baris tagihan; Anda melihat setiap masalah lebih dulu</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <source>Company, numbering, warning, backups, language and data folder</source>
        <translation>Perusahaan, penomoran, peringatan, cadangan, bahasa dan folder data</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Go to the search box of this tab</source>
        <translation>Ke kotak pencarian tab ini</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Buka Folder Log</translation>
    </message>
    <message>
        <source>Where unexpected errors are written down</source>
        <translation>Tempat kesalahan tak terduga dicatat</translation>
    </message>
    <message>
        <source>Check History</source>
        <translation>Periksa Riwayat</translation>
    </message>
    <message>
        <source>Check that no history entry was forged, rewritten, back-dated or removed</source>
        <translation>Periksa bahwa tidak ada entri riwayat yang dipalsukan, ditulis ulang, dimundurkan tanggalnya, atau dihapus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;E-Faktur</source>
        <translation>&amp;E-Faktur</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>Ta&amp;gihan</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Pelanggan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>Generate No</source>
        <translation>Buat Nomor</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Cadangkan</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Read-only. {reason}</source>
        <translation>Hanya-baca. {reason}</translation>
    </message>
    <message>
        <source>Select a range in the E-Faktur No ranges table first.</source>
        <translation>Pilih rentang di tabel rentang No. E-Faktur lebih dulu.</translation>
    </message>
    <message>
        <source>Change range {start} .. {end}</source>
        <translation>Ubah rentang {start} .. {end}</translation>
    </message>
    <message>
        <source>Delete range {start} .. {end}</source>
        <translation>Hapus rentang {start} .. {end}</translation>
    </message>
    <message>
        <source>Select a number first.</source>
        <translation>Pilih nomor lebih dulu.</translation>
    </message>
    <message>
        <source>Its state, the billings it served, its files and its history</source>
        <translation>Keadaannya, tagihan yang pernah memakainya, berkasnya dan riwayatnya</translation>
    </message>
    <message>
        <source>Select a file first</source>
        <translation>Pilih berkas lebih dulu</translation>
    </message>
    <message>
        <source>Show the PDF here</source>
        <translation>Tampilkan PDF di sini</translation>
    </message>
    <message>
        <source>Open the PDF in your PDF reader</source>
        <translation>Buka PDF di pembaca PDF Anda</translation>
    </message>
    <message>
        <source>Take a wrongly attached file off the list (its number stays uploaded)</source>
        <translation>Keluarkan berkas yang salah lampir dari daftar (nomornya tetap berstatus diunggah)</translation>
    </message>
    <message>
        <source>New Billing…</source>
        <translation>Tagihan Baru…</translation>
    </message>
    <message>
        <source>Cancel Billing</source>
        <translation>Batalkan Tagihan</translation>
    </message>
    <message>
        <source>Export List…</source>
        <translation>Ekspor Daftar…</translation>
    </message>
    <message>
        <source>Edit Customer…</source>
        <translation>Ubah Pelanggan…</translation>
    </message>
    <message>
        <source>Delete Customer</source>
        <translation>Hapus Pelanggan</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>Pilih pelanggan lebih dulu.</translation>
    </message>
    <message>
        <source>{given} cancelled: {numbers}. They are available again.</source>
        <translation>{given} dibatalkan: {numbers}. Nomor itu tersedia lagi.</translation>
    </message>
    <message>
        <source>Cancel the E-Faktur Nos of the {noun}? They become available for other billings; either all are cancelled or none is.</source>
        <translation>Batalkan No. E-Faktur dari {noun}? Nomor itu dapat dipakai tagihan lain; semuanya dibatalkan atau tidak satu pun.</translation>
    </message>
    <message>
        <source>No E-Faktur No was cancelled.</source>
        <translation>Tidak ada No. E-Faktur yang dibatalkan.</translation>
    </message>
    <message>
        <source>{name} has {billings}, so the customer stays.</source>
        <translation>{name} memiliki {billings}, jadi pelanggan tetap ada.</translation>
    </message>
    <message>
        <source>Select one or more billings first.</source>
        <translation>Pilih satu atau beberapa tagihan lebih dulu.</translation>
    </message>
    <message>
        <source>The book was changed outside this window; it is shown as it is now.</source>
        <translation>Buku diubah di luar jendela ini; kini ditampilkan sebagaimana adanya.</translation>
    </message>
    <message>
        <source> (and {value:,} more)</source>
        <translation> (dan {value:,} lagi)</translation>
    </message>
    <message>
        <source>Select a billing first.</source>
        <translation>Pilih tagihan lebih dulu.</translation>
    </message>
    <message>
        <source>1 selected billing</source>
        <translation>1 tagihan terpilih</translation>
    </message>
    <message>
        <source>{n:,} selected billings</source>
        <translation>{n:,} tagihan terpilih</translation>
    </message>
    <message>
        <source>Issue the {n}; taxable ones take their E-Faktur No (all or none)</source>
        <translation>Terbitkan {n}; yang kena pajak mengambil No. E-Faktur (semua atau tidak sama sekali)</translation>
    </message>
    <message>
        <source>Cancel the {n} (all or none)</source>
        <translation>Batalkan {n} (semua atau tidak sama sekali)</translation>
    </message>
    <message>
        <source>Give the {n} their E-Faktur No, all or none</source>
        <translation>Berikan No. E-Faktur kepada {n}, semua atau tidak sama sekali</translation>
    </message>
    <message>
        <source>Delete the {n}</source>
        <translation>Hapus {n}</translation>
    </message>
    <message>
        <source>Edit Range</source>
        <translation>Ubah Rentang</translation>
    </message>
    <message>
        <source>Select a range first.</source>
        <translation>Pilih rentang lebih dulu.</translation>
    </message>
    <message>
        <source>Delete range {start} .. {end} and its {total:,} numbers? None of them was ever used.</source>
        <translation>Hapus rentang {start} .. {end} beserta {total:,} nomornya? Tidak satu pun pernah dipakai.</translation>
    </message>
    <message>
        <source>Range {text} deleted.</source>
        <translation>Rentang {text} dihapus.</translation>
    </message>
    <message>
        <source>Range {text} has been deleted.</source>
        <translation>Rentang {text} telah dihapus.</translation>
    </message>
    <message>
        <source>Low-number warning saved.</source>
        <translation>Peringatan nomor menipis disimpan.</translation>
    </message>
    <message>
        <source>Upload E-Faktur</source>
        <translation>Unggah E-Faktur</translation>
    </message>
    <message>
        <source>e-Faktur files (*.zip *.pdf);;All files (*)</source>
        <translation>Berkas e-Faktur (*.zip *.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Select a file first.</source>
        <translation>Pilih berkas lebih dulu.</translation>
    </message>
    <message>
        <source>The stored copy of {file_name} is missing from {parent}.</source>
        <translation>Salinan tersimpan dari {file_name} tidak ada di {parent}.</translation>
    </message>
    <message>
        <source>E-Faktur {faktur_no} — {invoice_no}</source>
        <translation>E-Faktur {faktur_no} — {invoice_no}</translation>
    </message>
    <message>
        <source>No program on this computer opens PDF files.</source>
        <translation>Tidak ada program di komputer ini yang membuka berkas PDF.</translation>
    </message>
    <message>
        <source>Withdraw File</source>
        <translation>Tarik Berkas</translation>
    </message>
    <message>
        <source>Why is {file_name} withdrawn?</source>
        <translation>Mengapa {file_name} ditarik?</translation>
    </message>
    <message>
        <source>Wrong file attached</source>
        <translation>Berkas yang dilampirkan salah</translation>
    </message>
    <message>
        <source>A replacement faktur supersedes it</source>
        <translation>Digantikan faktur pengganti</translation>
    </message>
    <message>
        <source>{file_name} withdrawn; {number} stays uploaded.</source>
        <translation>{file_name} ditarik; {number} tetap berstatus diunggah.</translation>
    </message>
    <message>
        <source>1 billing issued</source>
        <translation>1 tagihan diterbitkan</translation>
    </message>
    <message>
        <source>{n:,} billings issued</source>
        <translation>{n:,} tagihan diterbitkan</translation>
    </message>
    <message>
        <source>; {count:,} took E-Faktur No {span}</source>
        <translation>; {count:,} mengambil No. E-Faktur {span}</translation>
    </message>
    <message>
        <source>Issue billings</source>
        <translation>Terbitkan tagihan</translation>
    </message>
    <message>
        <source>E-Faktur No {cancelled_efaktur_no} was cancelled and may serve another invoice</source>
        <translation>No. E-Faktur {cancelled_efaktur_no} sudah dibatalkan dan boleh dipakai invoice lain</translation>
    </message>
    <message>
        <source>Withdraw {file_name} from {invoice_no}? E-Faktur No {number} stays uploaded: DJP approved it, so it can never be cancelled.</source>
        <translation>Tarik {file_name} dari {invoice_no}? No. E-Faktur {number} tetap berstatus diunggah: DJP sudah menyetujuinya, jadi nomor itu tidak pernah bisa dibatalkan.</translation>
    </message>
    <message>
        <source>; {count:,} without an E-Faktur No (Not Set)</source>
        <translation>; {count:,} tanpa No. E-Faktur (Belum Ada)</translation>
    </message>
    <message>
        <source>Issue the {noun}? The taxable ones take their E-Faktur No now; either all are issued or none is.</source>
        <translation>Terbitkan {noun}? Yang kena pajak mengambil No. E-Faktur sekarang; semuanya diterbitkan atau tidak satu pun.</translation>
    </message>
    <message>
        <source>No billing was issued.</source>
        <translation>Tidak ada tagihan yang diterbitkan.</translation>
    </message>
    <message>
        <source>1 billing cancelled</source>
        <translation>1 tagihan dibatalkan</translation>
    </message>
    <message>
        <source>{n:,} billings cancelled</source>
        <translation>{n:,} tagihan dibatalkan</translation>
    </message>
    <message>
        <source>Cancel billings</source>
        <translation>Batalkan tagihan</translation>
    </message>
    <message>
        <source>Are you sure you want to cancel the {noun}? Either all are cancelled or none is.</source>
        <translation>Yakin ingin membatalkan {noun}? Semuanya dibatalkan atau tidak satu pun.</translation>
    </message>
    <message>
        <source>No billing was cancelled.</source>
        <translation>Tidak ada tagihan yang dibatalkan.</translation>
    </message>
    <message>
        <source>1 E-Faktur No</source>
        <translation>1 No. E-Faktur</translation>
    </message>
    <message>
        <source>{n:,} E-Faktur Nos</source>
        <translation>{n:,} No. E-Faktur</translation>
    </message>
    <message>
        <source>1 billing deleted</source>
        <translation>1 tagihan dihapus</translation>
    </message>
    <message>
        <source>{n:,} billings deleted</source>
        <translation>{n:,} tagihan dihapus</translation>
    </message>
    <message>
        <source>Delete billings</source>
        <translation>Hapus tagihan</translation>
    </message>
    <message>
        <source>Delete the {noun} and their lines? This cannot be undone.</source>
        <translation>Hapus {noun} beserta barisnya? Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>No billing was deleted.</source>
        <translation>Tidak ada tagihan yang dihapus.</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>Ekspor Daftar</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count:,} billings written to {name}.</source>
        <translation>{count:,} tagihan ditulis ke {name}.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Spreadsheet (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.

{message}</source>
        <translation>Tidak ada yang diimpor.

{message}</translation>
    </message>
    <message>
        <source>Coretax Pajak Keluaran export (*.xlsx *.csv);;All files (*)</source>
        <translation>Ekspor Pajak Keluaran Coretax (*.xlsx *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Folder Data</translation>
    </message>
    <message>
        <source>E-Faktur Desk closes now, so that nothing more is written to the old folder. Start it again to work in the new one.</source>
        <translation>E-Faktur Desk ditutup sekarang, agar tidak ada lagi yang ditulis ke folder lama. Jalankan lagi untuk bekerja di folder baru.</translation>
    </message>
    <message>
        <source>This tab has nothing to search.</source>
        <translation>Tab ini tidak memiliki pencarian.</translation>
    </message>
    <message>
        <source>{things} to do in Coretax: &lt;a href=&quot;#to-do&quot;&gt;see the list&lt;/a&gt;</source>
        <translation>{things} harus dikerjakan di Coretax: &lt;a href=&quot;#to-do&quot;&gt;lihat daftarnya&lt;/a&gt;</translation>
    </message>
    <message>
        <source>1 thing</source>
        <translation>1 hal</translation>
    </message>
    <message>
        <source>{n:,} things</source>
        <translation>{n:,} hal</translation>
    </message>
    <message>
        <source>The log is in {folder}.</source>
        <translation>Log ada di {folder}.</translation>
    </message>
    <message>
        <source>Delete customer {name}?</source>
        <translation>Hapus pelanggan {name}?</translation>
    </message>
    <message>
        <source>Customer {name} deleted.</source>
        <translation>Pelanggan {name} dihapus.</translation>
    </message>
    <message>
        <source>Customer {name} has been deleted.</source>
        <translation>Pelanggan {name} telah dihapus.</translation>
    </message>
    <message>
        <source>No E-Faktur No is left for these billings:
{reasons}

Issue them without an E-Faktur No? They show as (Not Set); generate the number later, from the billing or from the Export tab, once DJP grants more.</source>
        <translation>No. E-Faktur sudah habis untuk tagihan ini:
{reasons}

Terbitkan tanpa No. E-Faktur? Tagihan tampil sebagai (Belum Ada); buat nomornya nanti, dari tagihan atau dari tab Ekspor, setelah DJP memberi nomor baru.</translation>
    </message>
    <message>
        <source>Generate an E-Faktur No for each of the {ids:,} selected billings? Either all of them get one or none does.</source>
        <translation>Buat No. E-Faktur untuk masing-masing dari {ids:,} tagihan terpilih? Semuanya mendapat nomor atau tidak satu pun.</translation>
    </message>
    <message>
        <source>No number was generated.

{message}</source>
        <translation>Tidak ada nomor yang dibuat.

{message}</translation>
    </message>
    <message>
        <source>{done:,} E-Faktur No generated ({span}).</source>
        <translation>{done:,} No. E-Faktur dibuat ({span}).</translation>
    </message>
    <message>
        <source>Open Billing</source>
        <translation>Buka Tagihan</translation>
    </message>
    <message>
        <source>E-Faktur No {number}</source>
        <translation>No. E-Faktur {number}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>On billing</source>
        <translation>Pada tagihan</translation>
    </message>
    <message>
        <source> (withdrawn: {withdrawn_reason})</source>
        <translation> (ditarik: {withdrawn_reason})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Billings it served&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tagihan yang pernah memakainya&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;E-Faktur files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Berkas E-Faktur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Riwayat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record Payment — {invoice_no}</source>
        <translation>Catat Pembayaran — {invoice_no}</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Jumlah dibayar</translation>
    </message>
    <message>
        <source>e.g. BCA transfer ref. 2611-0042</source>
        <translation>mis. ref. transfer BCA 2611-0042</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <source>Amount paid (Rp)</source>
        <translation>Jumlah dibayar (Rp)</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Dibayar pada</translation>
    </message>
    <message>
        <source>{text} has cents; a payment is in whole rupiah.</source>
        <translation>{text} memiliki sen; pembayaran dalam rupiah bulat.</translation>
    </message>
    <message>
        <source>fully paid</source>
        <translation>lunas</translation>
    </message>
    <message>
        <source>partially paid</source>
        <translation>dibayar sebagian</translation>
    </message>
    <message>
        <source>Payment of {money} recorded; {invoice_no} is {state}.</source>
        <translation>Pembayaran {money} dicatat; {invoice_no} {state}.</translation>
    </message>
    <message>
        <source>This file cannot be shown ({name}).</source>
        <translation>Berkas ini tidak dapat ditampilkan ({name}).</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>Edit E-Faktur No Range</source>
        <translation>Ubah Rentang No. E-Faktur</translation>
    </message>
    <message>
        <source>+ Tax Number</source>
        <translation>+ Nomor Pajak</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Bertanggal</translation>
    </message>
    <message>
        <source>e.g. e-Nofa letter S-0012/2026</source>
        <translation>mis. surat e-Nofa S-0012/2026</translation>
    </message>
    <message>
        <source>Grant letter</source>
        <translation>Surat pemberian</translation>
    </message>
    <message>
        <source>Enter the numbers as in DJP&apos;s e-Nofa letter; you may paste them.</source>
        <translation>Isi nomor seperti pada surat e-Nofa dari DJP; Anda boleh menempelkannya.</translation>
    </message>
    <message>
        <source>Numbers of this range were used, up to {year}: its Year Period and Start Number are fixed, and the end may not go below it.</source>
        <translation>Nomor rentang ini sudah terpakai, sampai {year}: Periode Tahun dan Nomor Awal tidak bisa diubah, dan ujungnya tidak boleh di bawahnya.</translation>
    </message>
    <message>
        <source>Range {rng} recorded: {total:,} numbers for {year}.</source>
        <translation>Rentang {rng} dicatat: {total:,} nomor untuk {year}.</translation>
    </message>
    <message>
        <source>Range {rng} saved: {total:,} numbers.</source>
        <translation>Rentang {rng} disimpan: {total:,} nomor.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Rupiah and dates follow it at once (Rp 1.234.567 and 25 Des 2026 in Bahasa Indonesia; Rp 1,234,567 and 25 Dec 2026 in English); menus and windows change at the next start. System default follows the computer&apos;s language.</source>
        <translation>Rupiah dan tanggal langsung mengikutinya (Rp 1.234.567 dan 25 Des 2026 dalam Bahasa Indonesia; Rp 1,234,567 dan 25 Dec 2026 dalam bahasa Inggris); menu dan jendela berganti pada awal berikutnya. Bawaan sistem mengikuti bahasa komputer.</translation>
    </message>
    <message>
        <source>Move To…</source>
        <translation>Pindahkan Ke…</translation>
    </message>
    <message>
        <source>Use Standard Folder</source>
        <translation>Pakai Folder Standar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data folder&lt;/b&gt;: your book, its e-Faktur PDFs and logs</source>
        <translation>&lt;b&gt;Folder data&lt;/b&gt;: buku Anda, PDF e-Faktur-nya dan log</translation>
    </message>
    <message>
        <source>Moving copies the book and its PDFs to the folder you choose (a synced or backed-up drive, say) and uses that copy from the next start; the old folder is left as it was. A folder that already holds a book keeps it. Books opened with --db stay where they are.</source>
        <translation>Memindahkan menyalin buku dan PDF-nya ke folder pilihan Anda (misalnya drive yang disinkronkan atau dicadangkan) dan memakai salinan itu mulai awal berikutnya; folder lama dibiarkan apa adanya. Folder yang sudah berisi buku tetap memakai bukunya. Buku yang dibuka dengan --db tetap di tempatnya.</translation>
    </message>
    <message>
        <source>Changes here are saved at once.</source>
        <translation>Perubahan di sini langsung disimpan.</translation>
    </message>
    <message>
        <source>Company &amp;&amp; Numbering</source>
        <translation>Perusahaan &amp;&amp; Penomoran</translation>
    </message>
    <message>
        <source>Coretax</source>
        <translation>Coretax</translation>
    </message>
    <message>
        <source>Low-Number Warning</source>
        <translation>Peringatan Nomor Menipis</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>  (the standard folder)</source>
        <translation>  (folder standar)</translation>
    </message>
    <message>
        <source>{name} in {folder} is open in another E-Faktur Desk window, which would go on writing to the old folder. Close that window, then move the data folder. Nothing was changed.</source>
        <translation>{name} di {folder} sedang terbuka di jendela E-Faktur Desk lain, yang akan terus menulis ke folder lama. Tutup jendela itu, lalu pindahkan folder data. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Pengaturan disimpan.</translation>
    </message>
    <message>
        <source>Move the Data Folder To</source>
        <translation>Pindahkan Folder Data Ke</translation>
    </message>
    <message>
        <source>Threshold Limit</source>
        <translation>Batas Ambang</translation>
    </message>
    <message>
        <source>Available now</source>
        <translation>Tersedia sekarang</translation>
    </message>
    <message>
        <source>{available:,} for {year}</source>
        <translation>{available:,} untuk {year}</translation>
    </message>
    <message>
        <source>The window shows a warning, and issuing a billing says so, when this year&apos;s available numbers are at or below the limit.</source>
        <translation>Jendela menampilkan peringatan, dan penerbitan tagihan menyebutkannya, bila nomor tersedia tahun ini sama dengan atau di bawah batas.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Alasan tidak cocok</translation>
    </message>
    <message>
        <source>&lt;b&gt;{matched:,} of {matches:,} files matched a billing.&lt;/b&gt; </source>
        <translation>&lt;b&gt;{matched:,} dari {matches:,} berkas cocok dengan tagihan.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Nothing is saved until you attach them.</source>
        <translation>Tidak ada yang disimpan sampai Anda melampirkannya.</translation>
    </message>
    <message>
        <source>There is nothing to attach.</source>
        <translation>Tidak ada yang bisa dilampirkan.</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Cocok</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Tidak cocok</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>Perlu diperiksa</translation>
    </message>
    <message>
        <source>Amended original</source>
        <translation>Asli yang diganti</translation>
    </message>
    <message>
        <source>Open each file that needs a look and check it: it is not attached.</source>
        <translation>Buka dan periksa setiap berkas yang perlu diperiksa: berkas itu tidak dilampirkan.</translation>
    </message>
    <message>
        <source>Attach 1 File</source>
        <translation>Lampirkan 1 Berkas</translation>
    </message>
    <message>
        <source>Attach {n:,} Files</source>
        <translation>Lampirkan {n:,} Berkas</translation>
    </message>
    <message>
        <source>1 e-Faktur file attached.</source>
        <translation>1 berkas e-Faktur dilampirkan.</translation>
    </message>
    <message>
        <source>{n:,} e-Faktur files attached.</source>
        <translation>{n:,} berkas e-Faktur dilampirkan.</translation>
    </message>
    <message>
        <source>Their numbers count as uploaded now: they can never be cancelled.</source>
        <translation>Nomornya kini berstatus diunggah: tidak pernah bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Agu</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Des</translation>
    </message>
    <message>
        <source>&lt;b&gt;E-Faktur No usage&lt;/b&gt; for</source>
        <translation>&lt;b&gt;Pemakaian No. E-Faktur&lt;/b&gt; untuk</translation>
    </message>
    <message>
        <source>No range is recorded yet: record one on the E-Faktur No tab.</source>
        <translation>Belum ada rentang yang dicatat: catat satu di tab No. E-Faktur.</translation>
    </message>
    <message>
        <source>Total {total:,} · Used {used:,} · Left {left:,}</source>
        <translation>Total {total:,} · Terpakai {used:,} · Sisa {left:,}</translation>
    </message>
    <message>
        <source>Numbers used per month in {year}, and left at each month&apos;s end</source>
        <translation>Nomor terpakai per bulan pada {year}, dan sisa di akhir setiap bulan</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <source>Year End: Expired E-Faktur Nos</source>
        <translation>Akhir Tahun: No. E-Faktur Kedaluwarsa</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Ekspor ke CSV…</translation>
    </message>
    <message>
        <source>No past year has unused E-Faktur Nos. Nothing to delete.</source>
        <translation>Tidak ada tahun lalu dengan No. E-Faktur yang tidak terpakai. Tidak ada yang perlu dihapus.</translation>
    </message>
    <message>
        <source>{count:,} E-Faktur Nos of {year} were never used and have expired. Delete these blocks in e-Faktur desktop (Referensi &gt; Nomor Seri Faktur Pajak).</source>
        <translation>{count:,} No. E-Faktur tahun {year} tidak pernah dipakai dan sudah kedaluwarsa. Hapus blok-blok ini di e-Faktur desktop (Referensi &gt; Nomor Seri Faktur Pajak).</translation>
    </message>
    <message>
        <source>Export expired E-Faktur Nos</source>
        <translation>Ekspor No. E-Faktur kedaluwarsa</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{path} could not be written: {strerror}.</source>
        <translation>{path} tidak dapat ditulis: {strerror}.</translation>
    </message>
    <message>
        <source>{count:,} expired E-Faktur Nos of {year} saved to {path}.</source>
        <translation>{count:,} No. E-Faktur kedaluwarsa tahun {year} disimpan ke {path}.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <translation>“{value}” bukan jumlah.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount: its digit groups are uneven.</source>
        <translation>“{value}” bukan jumlah: kelompok digitnya tidak rata.</translation>
    </message>
    <message>
        <source>Keep between 1 and {MAX_KEEP} backups, not {keep}.</source>
        <translation>Simpan antara 1 dan {MAX_KEEP} cadangan, bukan {keep}.</translation>
    </message>
    <message>
        <source>Backups cannot be written to {folder}: {value}.</source>
        <translation>Cadangan tidak dapat ditulis ke {folder}: {value}.</translation>
    </message>
    <message>
        <source>Backups: keep {keep} in {folder}</source>
        <translation>Cadangan: simpan {keep} di {folder}</translation>
    </message>
    <message>
        <source>it is not an E-Faktur Desk book</source>
        <translation>bukan buku E-Faktur Desk</translation>
    </message>
    <message>
        <source>it cannot be read ({exc})</source>
        <translation>tidak dapat dibaca ({exc})</translation>
    </message>
    <message>
        <source>it is damaged (SQLite&apos;s integrity check failed)</source>
        <translation>rusak (pemeriksaan integritas SQLite gagal)</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not there (is its drive plugged in?), so no backup was made.</source>
        <translation>Folder cadangan {folder} tidak ada (apakah drive-nya terpasang?), jadi tidak ada cadangan yang dibuat.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be written (it is read-only or not yours), so no backup was made. Choose another folder in File &gt; Backups &amp; Restore.</source>
        <translation>Folder cadangan {folder} tidak dapat ditulisi (hanya-baca atau bukan milik Anda), jadi tidak ada cadangan yang dibuat. Pilih folder lain di Berkas &gt; Cadangan &amp; Pemulihan.</translation>
    </message>
    <message>
        <source>The book could not be backed up to {folder}: {value}.</source>
        <translation>Buku tidak dapat dicadangkan ke {folder}: {value}.</translation>
    </message>
    <message>
        <source>its id cannot be read</source>
        <translation>tanda pengenalnya tidak dapat dibaca</translation>
    </message>
    <message>
        <source>The backup was not kept: {problem}.</source>
        <translation>Cadangan tidak disimpan: {problem}.</translation>
    </message>
    <message>
        <source>The backup could not be prepared beside the book ({exc}). Nothing was changed.</source>
        <translation>Cadangan tidak dapat disiapkan di samping buku ({exc}). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup is the book now, but getting back what DJP already has (approved PDFs, exports) stopped: {exc}. It is tried again each time the book is opened; until then, numbers DJP has may show as free.</source>
        <translation>Cadangan kini menjadi buku, tetapi pengambilan kembali apa yang sudah dimiliki DJP (PDF yang disetujui, ekspor) terhenti: {exc}. Hal itu dicoba lagi setiap kali buku dibuka; sampai saat itu, nomor yang dimiliki DJP mungkin tampak bebas.</translation>
    </message>
    <message>
        <source>Kept out of the pool, since DJP has them (an approved PDF in the files folder, or an upload or export of the book as it was) though no billing of the restored book holds them: {items}.</source>
        <translation>Dikeluarkan dari persediaan, karena DJP sudah memilikinya (PDF yang disetujui di folder berkas, atau unggahan atau ekspor di buku sebelum pemulihan) walau tidak ada tagihan di buku yang dipulihkan yang memegangnya: {items}.</translation>
    </message>
    <message>
        <source>The book could not be backed up to {folder}: {exc}</source>
        <translation>Buku tidak dapat dicadangkan ke {folder}: {exc}</translation>
    </message>
    <message>
        <source>The backup folder {chosen} is not there (is its drive plugged in?), so this backup was kept in {fallback}.</source>
        <translation>Folder cadangan {chosen} tidak ada (apakah drive-nya terpasang?), jadi cadangan ini disimpan di {fallback}.</translation>
    </message>
    <message>
        <source>cannot be read ({exc})</source>
        <translation>tidak dapat dibaca ({exc})</translation>
    </message>
    <message>
        <source>Restored the backup of {made} ({name}) in place of a damaged book, which is kept as {kept}</source>
        <translation>Memulihkan cadangan {made} ({name}) menggantikan buku yang rusak, yang disimpan sebagai {kept}</translation>
    </message>
    <message>
        <source> and {more:,} more</source>
        <translation> dan {more:,} lainnya</translation>
    </message>
    <message>
        <source>{file_name} of {day} ({fakturs:,} fakturs)</source>
        <translation>{file_name} tanggal {day} ({fakturs:,} faktur)</translation>
    </message>
    <message>
        <source>e-Faktur files uploaded since: {items}. Their PDFs stay in the files folder and are attached again where the restored book holds their number.</source>
        <translation>Berkas e-Faktur yang diunggah sejak itu: {items}. PDF-nya tetap di folder berkas dan dilampirkan lagi bila buku yang dipulihkan memegang nomornya.</translation>
    </message>
    <message>
        <source>Exports since: {items}. They are carried over where the restored book still has the same billings with the same numbers.</source>
        <translation>Ekspor sejak itu: {items}. Ekspor dibawa ke buku yang dipulihkan bila tagihannya masih sama dengan nomor yang sama.</translation>
    </message>
    <message>
        <source>E-Faktur Nos given since: {items}.</source>
        <translation>No. E-Faktur yang diberikan sejak itu: {items}.</translation>
    </message>
    <message>
        <source>{number} ({invoice_no})</source>
        <translation>{number} ({invoice_no})</translation>
    </message>
    <message>
        <source>{name} cannot be compared with the book ({exc}). Nothing was changed.</source>
        <translation>{name} tidak dapat dibandingkan dengan buku ({exc}). Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Attached again from the files folder (still uploaded): {items}.</source>
        <translation>Dilampirkan lagi dari folder berkas (tetap berstatus diunggah): {items}.</translation>
    </message>
    <message>
        <source>Exports carried over from the book as it was: {items}.</source>
        <translation>Ekspor yang dibawa dari buku sebelumnya: {items}.</translation>
    </message>
    <message>
        <source>Exports forgotten, since the restored book&apos;s billings or numbers differ (the CSV files you saved are still where you saved them): {items}.</source>
        <translation>Ekspor yang terlupakan, karena tagihan atau nomor di buku yang dipulihkan berbeda (berkas CSV yang Anda simpan tetap di tempatnya): {items}.</translation>
    </message>
    <message>
        <source>PDFs in the files folder that need a look: {items}.</source>
        <translation>PDF di folder berkas yang perlu diperiksa: {items}.</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {problem}. Nothing was changed.</source>
        <translation>{name} tidak dapat dipulihkan: {problem}. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>{name} is not an E-Faktur Desk book. Nothing was changed.</source>
        <translation>{name} bukan buku E-Faktur Desk. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>{name} was made by a newer E-Faktur Desk (book version {version}). Nothing was changed.</source>
        <translation>{name} dibuat oleh E-Faktur Desk yang lebih baru (versi buku {version}). Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>The backup could not be copied beside the book ({value}). Nothing was changed.</source>
        <translation>Cadangan tidak dapat disalin ke samping buku ({value}). Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Restored the backup of {made} ({name}); the book as it was is in {safety}</source>
        <translation>Cadangan {made} ({name}) dipulihkan; buku sebelumnya ada di {safety}</translation>
    </message>
    <message>
        <source>That billing no longer exists.</source>
        <translation>Tagihan itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>There is no billing with invoice number {strip}.</source>
        <translation>Tidak ada tagihan dengan nomor invoice {strip}.</translation>
    </message>
    <message>
        <source>It served E-Faktur No {format_number}.</source>
        <translation>Tagihan ini pernah memakai No. E-Faktur {format_number}.</translation>
    </message>
    <message>
        <source>Payments were recorded on it.</source>
        <translation>Pembayaran sudah dicatat padanya.</translation>
    </message>
    <message>
        <source>A billing you chose no longer exists; refresh and try again.</source>
        <translation>Tagihan yang Anda pilih sudah tidak ada; segarkan lalu coba lagi.</translation>
    </message>
    <message>
        <source>E-Faktur No {number} assigned to {invoice_no} ({how})</source>
        <translation>No. E-Faktur {number} diberikan ke {invoice_no} ({how})</translation>
    </message>
    <message>
        <source>{invoice_no} issued</source>
        <translation>{invoice_no} diterbitkan</translation>
    </message>
    <message>
        <source>{invoice_no} cancelled</source>
        <translation>{invoice_no} dibatalkan</translation>
    </message>
    <message>
        <source>on issue</source>
        <translation>saat terbit</translation>
    </message>
    <message>
        <source>A chosen E-Faktur No serves one billing at a time.</source>
        <translation>No. E-Faktur yang dipilih hanya melayani satu tagihan sekaligus.</translation>
    </message>
    <message>
        <source>chosen by hand</source>
        <translation>dipilih manual</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <source>E-Faktur No {number} given back by {invoice_no}; available again</source>
        <translation>No. E-Faktur {number} dikembalikan oleh {invoice_no}; tersedia lagi</translation>
    </message>
    <message>
        <source>Cancel E-Faktur No on {invoice_no}: {number} is available again</source>
        <translation>Batalkan No. E-Faktur pada {invoice_no}: {number} tersedia lagi</translation>
    </message>
    <message>
        <source>A payment must be more than {rupiah}.</source>
        <translation>Pembayaran harus lebih dari {rupiah}.</translation>
    </message>
    <message>
        <source>{invoice_no}: {amount} is more than the {outstanding} still owed.</source>
        <translation>{invoice_no}: {amount} lebih dari sisa tagihan {outstanding}.</translation>
    </message>
    <message>
        <source>Payment of {amount} on {day} recorded for {invoice_no}</source>
        <translation>Pembayaran {amount} pada {day} dicatat untuk {invoice_no}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>baris {row}</translation>
    </message>
    <message>
        <source>“{text}” is not a day of the calendar.</source>
        <translation>“{text}” bukan tanggal yang ada di kalender.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write it as YYYY-MM-DD, e.g. 2026-11-25.</source>
        <translation>“{text}” bukan tanggal: tulis sebagai YYYY-MM-DD, mis. 2026-11-25.</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no: write 1/0, yes/no, true/false or ya/tidak.</source>
        <translation>“{value}” bukan ya atau tidak: tulis 1/0, yes/no, true/false atau ya/tidak.</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 200.</source>
        <translation>harus berupa persentase dari 0 sampai 200.</translation>
    </message>
    <message>
        <source>“{text}” is not a transaction code: use 01 to 10.</source>
        <translation>“{text}” bukan kode transaksi: pakai 01 sampai 10.</translation>
    </message>
    <message>
        <source>“{shown}” is a spreadsheet formula; put the value itself in the cell.</source>
        <translation>“{shown}” adalah rumus spreadsheet; isikan nilainya sendiri di sel itu.</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>kosong.</translation>
    </message>
    <message>
        <source>“{value}” is not one of {types}.</source>
        <translation>“{value}” bukan salah satu dari {types}.</translation>
    </message>
    <message>
        <source>“{value}” is not a three-letter country code (IDN for Indonesia).</source>
        <translation>“{value}” bukan kode negara tiga huruf (IDN untuk Indonesia).</translation>
    </message>
    <message>
        <source>the header row lacks {missing}. The columns are named: {COLUMNS}.</source>
        <translation>baris judul tidak memuat {missing}. Nama kolomnya: {COLUMNS}.</translation>
    </message>
    <message>
        <source>there are no rows under the header.</source>
        <translation>tidak ada baris di bawah judul.</translation>
    </message>
    <message>
        <source>The NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>The NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>only a luxury line (luxury: yes) has PPnBM.</source>
        <translation>hanya baris barang mewah (luxury: ya) yang memiliki PPnBM.</translation>
    </message>
    <message>
        <source>{groups:,} billings; one import takes at most {MAX_BILLINGS:,}. Split the file by month.</source>
        <translation>{groups:,} tagihan; satu impor paling banyak {MAX_BILLINGS:,}. Pisahkan berkas per bulan.</translation>
    </message>
    <message>
        <source>{invoice_no} is already in the book.</source>
        <translation>{invoice_no} sudah ada di buku.</translation>
    </message>
    <message>
        <source>differs from row {number} of the same invoice {invoice_no}; every line of one billing must agree.</source>
        <translation>berbeda dari baris {number} pada invoice yang sama {invoice_no}; semua baris satu tagihan harus sama.</translation>
    </message>
    <message>
        <source>is before the invoice date.</source>
        <translation>sebelum tanggal invoice.</translation>
    </message>
    <message>
        <source>{file_name} has {problems:,} problems; nothing was imported.</source>
        <translation>{file_name} memiliki {problems:,} masalah; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{file_name} has no billings to import.</source>
        <translation>{file_name} tidak memiliki tagihan untuk diimpor.</translation>
    </message>
    <message>
        <source>Since the preview, {join} came into the book; nothing was imported.</source>
        <translation>Sejak pratinjau, {join} masuk ke buku; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{count:,} billings imported from {file_name}</source>
        <translation>{count:,} tagihan diimpor dari {file_name}</translation>
    </message>
    <message>
        <source>the quantity</source>
        <translation>kuantitas</translation>
    </message>
    <message>
        <source>the unit price</source>
        <translation>harga satuan</translation>
    </message>
    <message>
        <source>the discount</source>
        <translation>diskon</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>harus lebih dari 0</translation>
    </message>
    <message>
        <source>is at most {limit:,} (no invoice line holds more)</source>
        <translation>paling banyak {limit:,} (tidak ada baris invoice yang memuat lebih)</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>tidak boleh negatif</translation>
    </message>
    <message>
        <source>is at most {limit} (no invoice reaches that)</source>
        <translation>paling besar {limit} (tidak ada invoice yang mencapainya)</translation>
    </message>
    <message>
        <source>must be between 0 and 100%</source>
        <translation>harus antara 0 dan 100%</translation>
    </message>
    <message>
        <source>Enter the invoice number.</source>
        <translation>Isi nomor invoice.</translation>
    </message>
    <message>
        <source>makes the line {amount} (quantity × unit price); a line is at most {limit}</source>
        <translation>membuat baris menjadi {amount} (kuantitas × harga satuan); satu baris paling besar {limit}</translation>
    </message>
    <message>
        <source>The billing comes to {amount}; one billing is at most {limit}, which no invoice reaches. Check the quantities and prices.</source>
        <translation>Tagihan ini berjumlah {amount}; satu tagihan paling besar {limit}, jumlah yang tidak pernah dicapai invoice mana pun. Periksa kuantitas dan harganya.</translation>
    </message>
    <message>
        <source>The invoice date {problem}</source>
        <translation>Tanggal invoice {problem}</translation>
    </message>
    <message>
        <source>The due date {problem}</source>
        <translation>Tanggal jatuh tempo {problem}</translation>
    </message>
    <message>
        <source>The due date {due_date:%Y-%m-%d} is before the invoice date {invoice_date:%Y-%m-%d}.</source>
        <translation>Jatuh tempo {due_date:%Y-%m-%d} sebelum tanggal invoice {invoice_date:%Y-%m-%d}.</translation>
    </message>
    <message>
        <source>A billing needs at least one line.</source>
        <translation>Tagihan memerlukan paling sedikit satu baris.</translation>
    </message>
    <message>
        <source>Line {n}: enter the item name.</source>
        <translation>Baris {n}: isi nama barang.</translation>
    </message>
    <message>
        <source>Line {n}: {value} {why}.</source>
        <translation>Baris {n}: {value} {why}.</translation>
    </message>
    <message>
        <source>Line {n}: the amounts are not numbers.</source>
        <translation>Baris {n}: jumlahnya bukan angka.</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>Pilih pelanggan.</translation>
    </message>
    <message>
        <source>Transaction code must be one of 01 to 10, not “{transaction_code}”.</source>
        <translation>Kode transaksi harus salah satu dari 01 sampai 10, bukan “{transaction_code}”.</translation>
    </message>
    <message>
        <source>Transaction code {code} is for fakturs that go through Coretax; a faktur dated {day} goes through e-Faktur desktop, which takes codes 01 to 09 only. Choose another code.</source>
        <translation>Kode transaksi {code} untuk faktur yang melalui Coretax; faktur bertanggal {day} melalui e-Faktur desktop, yang hanya menerima kode 01 sampai 09. Pilih kode lain.</translation>
    </message>
    <message>
        <source>Under transaction code {code} no PPN is collected, so prices cannot include it: untick Prices include PPN and enter the prices without PPN.</source>
        <translation>Pada kode transaksi {code} PPN tidak dipungut, jadi harga tidak boleh termasuk PPN: hapus centang Harga termasuk PPN dan masukkan harga tanpa PPN.</translation>
    </message>
    <message>
        <source>Only transaction codes 07 and 08 carry additional information and a stamp.</source>
        <translation>Hanya kode transaksi 07 dan 08 yang memuat keterangan tambahan dan cap fasilitas.</translation>
    </message>
    <message>
        <source>“{add_info}” is not additional information DJP lists for code {code}.</source>
        <translation>“{add_info}” bukan keterangan tambahan yang tercantum dalam daftar DJP untuk kode {code}.</translation>
    </message>
    <message>
        <source>The facility stamp of {add_info} is {expected}, not “{stamp}”.</source>
        <translation>Cap fasilitas untuk {add_info} adalah {expected}, bukan “{stamp}”.</translation>
    </message>
    <message>
        <source>Line {n}: {why}</source>
        <translation>Baris {n}: {why}</translation>
    </message>
    <message>
        <source>Line {n}: the PPnBM rate is a percentage from 0 to 200.</source>
        <translation>Baris {n}: tarif PPnBM adalah persentase dari 0 sampai 200.</translation>
    </message>
    <message>
        <source>Invoice number {invoice_no} is already used by another billing.</source>
        <translation>Nomor invoice {invoice_no} sudah dipakai tagihan lain.</translation>
    </message>
    <message>
        <source>{invoice_no} created as {status}</source>
        <translation>{invoice_no} dibuat sebagai {status}</translation>
    </message>
    <message>
        <source>{invoice_no} edited ({fields})</source>
        <translation>{invoice_no} diubah ({fields})</translation>
    </message>
    <message>
        <source>{invoice_no} copied from {original}</source>
        <translation>{invoice_no} disalin dari {original}</translation>
    </message>
    <message>
        <source>{invoice_no} deleted ({status})</source>
        <translation>{invoice_no} dihapus ({status})</translation>
    </message>
    <message>
        <source>{invoice_no}: PPN worked out again from the DPP the faktur prints</source>
        <translation>{invoice_no}: PPN dihitung ulang dari DPP yang tercetak di faktur</translation>
    </message>
    <message>
        <source>{invoice_no}: tax figures worked out again, with PPnBM</source>
        <translation>{invoice_no}: angka pajak dihitung ulang, termasuk PPnBM</translation>
    </message>
    <message>
        <source>{invoice_no}: tax figures worked out again</source>
        <translation>{invoice_no}: angka pajak dihitung ulang</translation>
    </message>
    <message>
        <source>{path} is not an E-Faktur Desk book (it is not an SQLite file).</source>
        <translation>{path} bukan buku E-Faktur Desk (bukan berkas SQLite).</translation>
    </message>
    <message>
        <source>Its file is marked read-only, so nothing can be changed in it. To make changes, clear the read-only mark (or copy the book to a folder of your own) and open it again.</source>
        <translation>Berkasnya ditandai hanya-baca, jadi tidak ada yang dapat diubah di dalamnya. Untuk membuat perubahan, hapus tanda hanya-baca (atau salin buku ke folder Anda sendiri) lalu buka lagi.</translation>
    </message>
    <message>
        <source>{path} is read-only. {reason} Nothing was changed.</source>
        <translation>{path} hanya-baca. {reason} Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>{path} cannot be opened as a book: {exc}</source>
        <translation>{path} tidak dapat dibuka sebagai buku: {exc}</translation>
    </message>
    <message>
        <source>{path} was written by a newer E-Faktur Desk (book version {version}); this copy understands up to version {CURRENT_VERSION}. Update the program to open it.</source>
        <translation>{path} ditulis oleh E-Faktur Desk yang lebih baru (versi buku {version}); program ini hanya memahami sampai versi {CURRENT_VERSION}. Perbarui program untuk membukanya.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} tidak ada.</translation>
    </message>
    <message>
        <source>{path} must be upgraded before it can be read, and that writes to it. {reason}</source>
        <translation>{path} harus diperbarui sebelum dapat dibaca, dan itu menulis ke dalamnya. {reason}</translation>
    </message>
    <message>
        <source>The copy of {name} failed its check. Nothing moved.</source>
        <translation>Salinan {name} gagal diperiksa. Tidak ada yang dipindahkan.</translation>
    </message>
    <message>
        <source>{target} is already the data folder.</source>
        <translation>{target} sudah menjadi folder data.</translation>
    </message>
    <message>
        <source>{target} cannot be used: {value}. Nothing was changed.</source>
        <translation>{target} tidak dapat dipakai: {value}. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>The book already in {target} will be used from the next start.</source>
        <translation>Buku yang sudah ada di {target} dipakai mulai awal berikutnya.</translation>
    </message>
    <message>
        <source>Your book and its e-Faktur files were copied to {target}; that copy is used from the next start.</source>
        <translation>Buku Anda dan berkas e-Faktur-nya disalin ke {target}; salinan itu dipakai mulai awal berikutnya.</translation>
    </message>
    <message>
        <source>A new book will be made in {target} at the next start.</source>
        <translation>Buku baru akan dibuat di {target} pada awal berikutnya.</translation>
    </message>
    <message>
        <source>The data could not be copied to {target}: {exc}. The data folder was not changed.</source>
        <translation>Data tidak dapat disalin ke {target}: {exc}. Folder data tidak diubah.</translation>
    </message>
    <message>
        <source>The old folder {current} was left as it was.</source>
        <translation>Folder lama {current} dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>From the next start the data folder is {folder} again. Nothing was copied or deleted.</source>
        <translation>Mulai awal berikutnya folder data kembali ke {folder}. Tidak ada yang disalin atau dihapus.</translation>
    </message>
    <message>
        <source>That billing holds no E-Faktur No to attach a file to.</source>
        <translation>Tagihan itu tidak memegang No. E-Faktur untuk dilampiri berkas.</translation>
    </message>
    <message>
        <source>{file_name} is already attached.</source>
        <translation>{file_name} sudah dilampirkan.</translation>
    </message>
    <message>
        <source>{invoice_no} already has its approved file; a correction comes as a replacement faktur (status digit 1).</source>
        <translation>{invoice_no} sudah memiliki berkas yang disetujui; koreksi datang sebagai faktur pengganti (digit status 1).</translation>
    </message>
    <message>
        <source>e-Faktur file {file_name} attached to {invoice_no}; {number} is now uploaded</source>
        <translation>Berkas e-Faktur {file_name} dilampirkan ke {invoice_no}; {number} kini berstatus diunggah</translation>
    </message>
    <message>
        <source>Say why the file is withdrawn (for the history).</source>
        <translation>Sebutkan mengapa berkas ditarik (untuk riwayat).</translation>
    </message>
    <message>
        <source>That e-Faktur file no longer exists.</source>
        <translation>Berkas e-Faktur itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>{file_name} was already withdrawn.</source>
        <translation>{file_name} sudah ditarik.</translation>
    </message>
    <message>
        <source>e-Faktur file {file_name} withdrawn from {invoice_no}; {number} stays uploaded</source>
        <translation>Berkas e-Faktur {file_name} ditarik dari {invoice_no}; {number} tetap berstatus diunggah</translation>
    </message>
    <message>
        <source>Enter the {what}.</source>
        <translation>Isi {what}.</translation>
    </message>
    <message>
        <source>“{strip}” is not an E-Faktur No: use digits, written like 000-22.12345619.</source>
        <translation>“{strip}” bukan No. E-Faktur: pakai angka, ditulis seperti 000-22.12345619.</translation>
    </message>
    <message>
        <source>An E-Faktur No has 13 digits (like 000-22.12345619); “{strip}” has {digits}.</source>
        <translation>No. E-Faktur terdiri dari 13 digit (seperti 000-22.12345619); “{strip}” memiliki {digits}.</translation>
    </message>
    <message>
        <source>faktur number</source>
        <translation>nomor faktur</translation>
    </message>
    <message>
        <source>A faktur number has 16 digits (like 010.000-22.12345619); “{strip}” has {digits}.</source>
        <translation>Nomor faktur terdiri dari 16 digit (seperti 010.000-22.12345619); “{strip}” memiliki {digits}.</translation>
    </message>
    <message>
        <source>“{strip}” begins with transaction code {value}; a faktur&apos;s code is 01 to 09.</source>
        <translation>“{strip}” diawali kode transaksi {value}; kode faktur adalah 01 sampai 09.</translation>
    </message>
    <message>
        <source>The status digit of “{strip}” must be 0 or 1.</source>
        <translation>Digit status “{strip}” harus 0 atau 1.</translation>
    </message>
    <message>
        <source>“{strip}” is the faktur form for transaction code {code}, but {invoice_no} has code {billing_code}. Type the 13 digits, or the faktur form with code {billing_code}.</source>
        <translation>“{strip}” adalah nomor faktur untuk kode transaksi {code}, tetapi {invoice_no} berkode {billing_code}. Ketik 13 digitnya, atau nomor faktur dengan kode {billing_code}.</translation>
    </message>
    <message>
        <source>“{strip}” has status digit 1, a replacement faktur; a number given to {invoice_no} now is for a normal faktur (status digit 0).</source>
        <translation>“{strip}” berdigit status 1, yaitu faktur pengganti; nomor yang diberikan ke {invoice_no} sekarang adalah untuk faktur normal (digit status 0).</translation>
    </message>
    <message>
        <source>Transaction code {code}, status {status}: e-Faktur desktop number {number} (Coretax inserted a 9 as the fifth digit)</source>
        <translation>Kode transaksi {code}, status {status}: nomor e-Faktur desktop {number} (Coretax menyisipkan angka 9 sebagai digit kelima)</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>replacement {n}</source>
        <translation>pengganti ke-{n}</translation>
    </message>
    <message>
        <source>Transaction code {code}, status {status_code} ({status}), year {year}, serial {serial}</source>
        <translation>Kode transaksi {code}, status {status_code} ({status}), tahun {year}, nomor seri {serial}</translation>
    </message>
    <message>
        <source>A Coretax faktur number has 17 digits (like 04002600000000001); “{strip}” has {digits}.</source>
        <translation>Nomor faktur Coretax terdiri atas 17 digit (seperti 04002600000000001); “{strip}” memiliki {digits}.</translation>
    </message>
    <message>
        <source>“{strip}” begins with transaction code {value}; a faktur&apos;s code is 01 to 10.</source>
        <translation>“{strip}” diawali kode transaksi {value}; kode faktur adalah 01 sampai 10.</translation>
    </message>
    <message>
        <source>“{strip}” has no serial number.</source>
        <translation>“{strip}” tidak memiliki nomor seri.</translation>
    </message>
    <message>
        <source>packed far tighter than any PDF (a zip bomb?); not opened</source>
        <translation>dipadatkan jauh lebih rapat dari PDF mana pun (bom zip?); tidak dibuka</translation>
    </message>
    <message>
        <source>holds {entries:,} files; at most {MAX_ZIP_ENTRIES:,} at once</source>
        <translation>berisi {entries:,} berkas; paling banyak {MAX_ZIP_ENTRIES:,} sekaligus</translation>
    </message>
    <message>
        <source>its path leaves the zip&apos;s folder</source>
        <translation>jalurnya keluar dari folder zip</translation>
    </message>
    <message>
        <source>a zip inside the zip is not opened</source>
        <translation>zip di dalam zip tidak dibuka</translation>
    </message>
    <message>
        <source>too large to be an e-Faktur PDF</source>
        <translation>terlalu besar untuk PDF e-Faktur</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <source>not a PDF</source>
        <translation>bukan PDF</translation>
    </message>
    <message>
        <source>the PDF is locked with a password; download it again from e-Faktur</source>
        <translation>PDF dikunci dengan kata sandi; unduh lagi dari e-Faktur</translation>
    </message>
    <message>
        <source>it is on no billing</source>
        <translation>tidak ada di tagihan mana pun</translation>
    </message>
    <message>
        <source>Coretax faktur number {number} is not recorded in this book; import Coretax&apos;s Pajak Keluaran list first (File › Import from Coretax…)</source>
        <translation>Nomor faktur Coretax {number} tidak tercatat di buku ini; impor dulu daftar Pajak Keluaran dari Coretax (Berkas › Impor dari Coretax…)</translation>
    </message>
    <message>
        <source>its Coretax number {number} is recorded for {other}, but its E-Faktur No is on {invoice_no}; open it and check which billing it belongs to</source>
        <translation>nomor Coretax-nya {number} tercatat untuk {other}, tetapi No. E-Faktur-nya ada di {invoice_no}; buka dan periksa milik tagihan mana berkas ini</translation>
    </message>
    <message>
        <source>its Coretax number is {invoice_no}&apos;s, but this version of the book keeps a file only for a billing holding an E-Faktur No (NSFP); keep the PDF outside the book for now</source>
        <translation>nomor Coretax-nya milik {invoice_no}, tetapi versi buku ini menyimpan berkas hanya untuk tagihan yang memegang No. E-Faktur (NSFP); simpan PDF-nya di luar buku untuk sementara</translation>
    </message>
    <message>
        <source>the same file as {value}</source>
        <translation>berkas yang sama dengan {value}</translation>
    </message>
    <message>
        <source>no faktur number in its name or its text</source>
        <translation>tidak ada nomor faktur di nama atau teksnya</translation>
    </message>
    <message>
        <source>seller NPWP {value} is not the company&apos;s ({seller}): this faktur belongs to another seller</source>
        <translation>NPWP penjual {value} bukan milik perusahaan ({seller}): faktur ini milik penjual lain</translation>
    </message>
    <message>
        <source>the company&apos;s NPWP is not set, so the seller cannot be checked</source>
        <translation>NPWP perusahaan belum diisi, jadi penjual tidak dapat diperiksa</translation>
    </message>
    <message>
        <source>not a readable zip: it is damaged, or not a zip</source>
        <translation>zip tidak dapat dibaca: rusak, atau bukan zip</translation>
    </message>
    <message>
        <source>cannot be read from the zip: it is locked with a password</source>
        <translation>tidak dapat dibaca dari zip: dikunci dengan kata sandi</translation>
    </message>
    <message>
        <source>cannot be read from the zip: it is damaged</source>
        <translation>tidak dapat dibaca dari zip: rusak</translation>
    </message>
    <message>
        <source>damaged PDF: it cannot be read; download it again from e-Faktur</source>
        <translation>PDF rusak: tidak dapat dibaca; unduh lagi dari e-Faktur</translation>
    </message>
    <message>
        <source>damaged PDF: it has no pages; download it again from e-Faktur</source>
        <translation>PDF rusak: tidak memiliki halaman; unduh lagi dari e-Faktur</translation>
    </message>
    <message>
        <source>it was cancelled on {invoice_no} and is on no billing now</source>
        <translation>sudah dibatalkan pada {invoice_no} dan kini tidak ada di tagihan mana pun</translation>
    </message>
    <message>
        <source>{attached}, and withdrawn on {withdrawn_at} ({reason}); a withdrawn file is not attached again</source>
        <translation>{attached}, dan ditarik pada {withdrawn_at} ({reason}); berkas yang ditarik tidak dilampirkan lagi</translation>
    </message>
    <message>
        <source>the seller&apos;s and the buyer&apos;s NPWP cannot be read from it, so it was not checked; open it, and if it is right, upload it under the name e-Faktur gives it</source>
        <translation>NPWP penjual dan pembeli tidak dapat dibaca darinya, jadi tidak diperiksa; buka berkasnya, dan jika benar, unggah dengan nama yang diberikan e-Faktur</translation>
    </message>
    <message>
        <source>{number} has two different normal files in this upload (this one and {other}); upload only the right one</source>
        <translation>{number} memiliki dua berkas normal yang berbeda dalam unggahan ini (berkas ini dan {other}); unggah hanya yang benar</translation>
    </message>
    <message>
        <source>E-Faktur No {number_text} is not in this book</source>
        <translation>No. E-Faktur {number_text} tidak ada di buku ini</translation>
    </message>
    <message>
        <source>E-Faktur No {number_text}: {number}</source>
        <translation>No. E-Faktur {number_text}: {number}</translation>
    </message>
    <message>
        <source>buyer NPWP {value} is not {name}&apos;s ({own})</source>
        <translation>NPWP pembeli {value} bukan milik {name} ({own})</translation>
    </message>
    <message>
        <source>already attached to {invoice_no} on {uploaded_at}</source>
        <translation>sudah dilampirkan ke {invoice_no} pada {uploaded_at}</translation>
    </message>
    <message>
        <source>{invoice_no} already has its approved file ({file_name}); a correction comes as a replacement faktur (status digit 1)</source>
        <translation>{invoice_no} sudah memiliki berkas yang disetujui ({file_name}); koreksi datang sebagai faktur pengganti (digit status 1)</translation>
    </message>
    <message>
        <source>No file was matched to a billing, so nothing was attached.</source>
        <translation>Tidak ada berkas yang cocok dengan tagihan, jadi tidak ada yang dilampirkan.</translation>
    </message>
    <message>
        <source>{invoice_no} (exported {day})</source>
        <translation>{invoice_no} (diekspor {day})</translation>
    </message>
    <message>
        <source>it was exported before</source>
        <translation>sudah pernah diekspor</translation>
    </message>
    <message>
        <source>its E-Faktur No {number} went out before on {old} (export batch {batch}, {day}); delete that faktur in e-Faktur desktop first</source>
        <translation>No. E-Faktur {number} sudah pernah diekspor pada {old} (batch ekspor {batch}, {day}); hapus dulu faktur itu di e-Faktur desktop</translation>
    </message>
    <message>
        <source>{invoice_no}: E-Faktur No {number} went out before on {old} (export batch {batch}, {day})</source>
        <translation>{invoice_no}: No. E-Faktur {number} sudah pernah diekspor pada {old} (batch ekspor {batch}, {day})</translation>
    </message>
    <message>
        <source>it is cancelled</source>
        <translation>sudah dibatalkan</translation>
    </message>
    <message>
        <source>it is not issued yet ({label})</source>
        <translation>belum diterbitkan ({label})</translation>
    </message>
    <message>
        <source>Invoice Tax is off</source>
        <translation>Pajak Invoice nonaktif</translation>
    </message>
    <message>
        <source>transaction code {code} goes through Coretax only; e-Faktur desktop takes 01 to 09</source>
        <translation>kode transaksi {code} hanya melalui Coretax; e-Faktur desktop menerima 01 sampai 09</translation>
    </message>
    <message>
        <source>it is dated before the book&apos;s Coretax date: export it as CSV</source>
        <translation>tanggalnya sebelum tanggal Coretax buku ini: ekspor sebagai CSV</translation>
    </message>
    <message>
        <source>it holds E-Faktur No {number}: export it as CSV for e-Faktur desktop</source>
        <translation>tagihan ini memegang No. E-Faktur {number}: ekspor sebagai CSV untuk e-Faktur desktop</translation>
    </message>
    <message>
        <source>Enter the company&apos;s NPWP first (Company &amp; Numbering): it is the XML&apos;s seller.</source>
        <translation>Isi dahulu NPWP perusahaan (Perusahaan &amp; Penomoran): perusahaan adalah penjual dalam XML.</translation>
    </message>
    <message>
        <source>{count:,} fakturs were chosen, but Coretax takes at most {most:,} in one file; export a shorter selection (fewer billings or a month at a time).</source>
        <translation>{count:,} faktur dipilih, tetapi Coretax menerima paling banyak {most:,} dalam satu file; ekspor pilihan yang lebih pendek (lebih sedikit tagihan atau satu bulan sekali).</translation>
    </message>
    <message>
        <source>Nothing was exported; correct these billings first:</source>
        <translation>Tidak ada yang diekspor; perbaiki dahulu tagihan berikut:</translation>
    </message>
    <message>
        <source>it was exported before ({day})</source>
        <translation>sudah pernah diekspor ({day})</translation>
    </message>
    <message>
        <source>None of the chosen billings can be exported to Coretax.</source>
        <translation>Tidak ada tagihan terpilih yang dapat diekspor ke Coretax.</translation>
    </message>
    <message>
        <source>{invoice_no} exported to {file} for Coretax (batch {batch})</source>
        <translation>{invoice_no} diekspor ke {file} untuk Coretax (batch {batch})</translation>
    </message>
    <message>
        <source>it has no E-Faktur No yet</source>
        <translation>belum memiliki No. E-Faktur</translation>
    </message>
    <message>
        <source>its e-Faktur file was uploaded on {uploaded_on}; a change now needs a replacement faktur</source>
        <translation>berkas e-Faktur-nya diunggah pada {uploaded_on}; perubahan sekarang memerlukan faktur pengganti</translation>
    </message>
    <message>
        <source>customer {name} has neither NPWP nor NIK</source>
        <translation>pelanggan {name} tidak memiliki NPWP maupun NIK</translation>
    </message>
    <message>
        <source>its invoice number {problem}. Cancel it and issue a duplicate under a plain invoice number</source>
        <translation>nomor invoice-nya {problem}. Batalkan, lalu terbitkan salinannya dengan nomor invoice biasa</translation>
    </message>
    <message>
        <source>code {code} needs its additional information (TD.005nn) and facility stamp (TD.011nn)</source>
        <translation>kode {code} memerlukan keterangan tambahan (TD.005nn) dan cap fasilitas (TD.011nn)</translation>
    </message>
    <message>
        <source>it has no lines</source>
        <translation>tidak memiliki baris</translation>
    </message>
    <message>
        <source>line {n}: unit {unit} is not one of Coretax&apos;s units</source>
        <translation>baris {n}: satuan {unit} bukan salah satu satuan Coretax</translation>
    </message>
    <message>
        <source>a line&apos;s quantity cannot give its tax base with a unit price to the cent; write the quantity with at most two decimals</source>
        <translation>jumlah pada sebuah baris tidak dapat menghasilkan DPP-nya dengan harga satuan dalam sen; tulis jumlah dengan paling banyak dua desimal</translation>
    </message>
    <message>
        <source>it mixes luxury goods taxed on their full price with lines taxed on 11/12 of it; Coretax takes one transaction code per faktur, so split the billing</source>
        <translation>tagihan ini mencampur barang mewah yang dikenai pajak atas harga penuh dengan baris yang dikenai pajak atas 11/12 harga; Coretax menerima satu kode transaksi per faktur, jadi pisahkan tagihannya</translation>
    </message>
    <message>
        <source>customer {name} has no NPWP, NIK, passport or other ID for Coretax</source>
        <translation>pelanggan {name} tidak memiliki NPWP, NIK, paspor, atau identitas lain untuk Coretax</translation>
    </message>
    <message>
        <source>customer {name} is identified by NPWP but has none</source>
        <translation>pelanggan {name} diidentifikasi dengan NPWP tetapi tidak memilikinya</translation>
    </message>
    <message>
        <source>customer {name} has no {id_type} number</source>
        <translation>pelanggan {name} tidak memiliki nomor {id_type}</translation>
    </message>
    <message>
        <source>None of the chosen billings can be exported.</source>
        <translation>Tidak ada tagihan terpilih yang dapat diekspor.</translation>
    </message>
    <message>
        <source>{invoice_no} exported to {file} (batch {batch})</source>
        <translation>{invoice_no} diekspor ke {file} (batch {batch})</translation>
    </message>
    <message>
        <source>There is no export batch {batch}.</source>
        <translation>Tidak ada batch ekspor {batch}.</translation>
    </message>
    <message>
        <source>Period “{text}” is not a month written YYYY-MM.</source>
        <translation>Periode “{text}” bukan bulan yang ditulis YYYY-MM.</translation>
    </message>
    <message>
        <source>Period {problem}</source>
        <translation>Periode {problem}</translation>
    </message>
    <message>
        <source>{number} is not in any range recorded in this book.</source>
        <translation>{number} tidak ada dalam rentang mana pun di buku ini.</translation>
    </message>
    <message>
        <source>{number} is already used ({state}); pick an available number.</source>
        <translation>{number} sudah terpakai ({state}); pilih nomor yang tersedia.</translation>
    </message>
    <message>
        <source>{number} is for {year}; {invoice_no} is dated {faktur_date:%Y-%m-%d} and needs a number for {year2}.</source>
        <translation>{number} untuk tahun {year}; {invoice_no} bertanggal {faktur_date:%Y-%m-%d} dan memerlukan nomor untuk {year2}.</translation>
    </message>
    <message>
        <source>{number} was granted on {grant_day:%Y-%m-%d}, after {invoice_no}&apos;s date {faktur_date:%Y-%m-%d}; a number serves only fakturs dated from its grant.</source>
        <translation>{number} diberikan pada {grant_day:%Y-%m-%d}, setelah tanggal {invoice_no} {faktur_date:%Y-%m-%d}; nomor hanya melayani faktur bertanggal sejak pemberiannya.</translation>
    </message>
    <message>
        <source>Use {seq} or {seq:05} (5 digits) once for the running number, and optionally {yyyy}, {yy}, {mm}, {dd}, {yymm} or {yyyymm} for the invoice date.</source>
        <translation>Pakai {seq} atau {seq:05} (5 digit) sekali untuk nomor urut, dan bila perlu {yyyy}, {yy}, {mm}, {dd}, {yymm} atau {yyyymm} untuk tanggal invoice.</translation>
    </message>
    <message>
        <source>is {length} characters long; an invoice number has at most {limit}</source>
        <translation>panjangnya {length} karakter; nomor invoice paling banyak {limit} karakter</translation>
    </message>
    <message>
        <source>holds a backslash (the e-Faktur file turns it into /); write / instead</source>
        <translation>memuat garis miring terbalik (file e-Faktur mengubahnya menjadi /); tulis / saja</translation>
    </message>
    <message>
        <source>an invisible character ({code})</source>
        <translation>karakter tak terlihat ({code})</translation>
    </message>
    <message>
        <source>holds {shown}; an invoice number is written with plain letters A-Z, digits, spaces and punctuation, since e-Faktur drops anything else and two invoice numbers could become one</source>
        <translation>memuat {shown}; nomor invoice ditulis dengan huruf biasa A-Z, angka, spasi, dan tanda baca, karena e-Faktur membuang selain itu dan dua nomor invoice bisa menjadi satu</translation>
    </message>
    <message>
        <source>has two spaces in a row (the e-Faktur file makes them one)</source>
        <translation>memuat dua spasi berturut-turut (file e-Faktur menjadikannya satu)</translation>
    </message>
    <message>
        <source>Invoice number “{text}” {problem}.</source>
        <translation>Nomor invoice “{text}” {problem}.</translation>
    </message>
    <message>
        <source>Enter an invoice number pattern. {HELP}</source>
        <translation>Isi pola nomor invoice. {HELP}</translation>
    </message>
    <message>
        <source>The pattern has an unknown part {{{value}}}. {HELP}</source>
        <translation>Pola memiliki bagian yang tidak dikenal {{{value}}}. {HELP}</translation>
    </message>
    <message>
        <source>The pattern needs the running number {{seq}} exactly once. {HELP}</source>
        <translation>Pola memerlukan nomor urut {{seq}} tepat satu kali. {HELP}</translation>
    </message>
    <message>
        <source>The pattern has a brace that is not part of {{…}}. {HELP}</source>
        <translation>Pola memiliki kurung kurawal yang bukan bagian dari {{…}}. {HELP}</translation>
    </message>
    <message>
        <source>An invoice number pattern is at most 60 characters.</source>
        <translation>Pola nomor invoice paling panjang 60 karakter.</translation>
    </message>
    <message>
        <source>The pattern gives invoice numbers like “{sample}”, which {problem}.</source>
        <translation>Pola ini menghasilkan nomor invoice seperti “{sample}”, yang {problem}.</translation>
    </message>
    <message>
        <source>Invoice numbers follow {pattern}</source>
        <translation>Nomor invoice mengikuti {pattern}</translation>
    </message>
    <message>
        <source>{whose} “{text}” is not a valid {upper}: {rule} ({detail}).</source>
        <translation>{whose} “{text}” bukan {upper} yang sah: {rule} ({detail}).</translation>
    </message>
    <message>
        <source>it must have 15 or 16 digits with a correct check digit</source>
        <translation>harus 15 atau 16 digit dengan digit pemeriksa yang benar</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Isi nama perusahaan.</translation>
    </message>
    <message>
        <source>The company&apos;s NPWP</source>
        <translation>NPWP perusahaan</translation>
    </message>
    <message>
        <source>Enter the NPWP: the ID TKU is its 16 digits followed by the TKU.</source>
        <translation>Isi NPWP: ID TKU adalah 16 digitnya diikuti TKU.</translation>
    </message>
    <message>
        <source>Company set to {name}</source>
        <translation>Perusahaan diatur menjadi {name}</translation>
    </message>
    <message>
        <source>it must have 16 digits, starting with the region and the date of birth as on the KTP</source>
        <translation>harus 16 digit, diawali kode wilayah dan tanggal lahir seperti pada KTP</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}” bukan alamat e-mail.</translation>
    </message>
    <message>
        <source>{name} is identified by NPWP: enter the NPWP.</source>
        <translation>{name} diidentifikasi dengan NPWP: isi NPWP-nya.</translation>
    </message>
    <message>
        <source>{name} is identified by NIK: enter the NIK.</source>
        <translation>{name} diidentifikasi dengan NIK: isi NIK-nya.</translation>
    </message>
    <message>
        <source>{name} is identified by passport: enter the passport&apos;s number.</source>
        <translation>{name} diidentifikasi dengan paspor: isi nomor paspornya.</translation>
    </message>
    <message>
        <source>{name} is identified by another ID: enter that document&apos;s number.</source>
        <translation>{name} diidentifikasi dengan identitas lain: isi nomor dokumen itu.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Isi nama pelanggan.</translation>
    </message>
    <message>
        <source>The transaction code of {name} must be one of 01 to 10, not “{transaction_code}”.</source>
        <translation>Kode transaksi {name} harus salah satu dari 01 sampai 10, bukan “{transaction_code}”.</translation>
    </message>
    <message>
        <source>The identity type of {name} must be one of {types}, not “{id_type}”.</source>
        <translation>Jenis identitas {name} harus salah satu dari {types}, bukan “{id_type}”.</translation>
    </message>
    <message>
        <source>The country of {name} must be its ISO 3166 three-letter code (IDN for Indonesia), not “{country}”.</source>
        <translation>Negara {name} harus berupa kode tiga huruf ISO 3166 (IDN untuk Indonesia), bukan “{country}”.</translation>
    </message>
    <message>
        <source>The NPWP of {name}</source>
        <translation>NPWP {name}</translation>
    </message>
    <message>
        <source>The NIK of {name}</source>
        <translation>NIK {name}</translation>
    </message>
    <message>
        <source>Customer {name} added</source>
        <translation>Pelanggan {name} ditambahkan</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>Pelanggan itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>Customer {name} edited ({fields})</source>
        <translation>Pelanggan {name} diubah ({fields})</translation>
    </message>
    <message>
        <source>Customer {name} deleted</source>
        <translation>Pelanggan {name} dihapus</translation>
    </message>
    <message>
        <source>Start {start} is for {year} but End {end} is for {year2}; a range lies within one year.</source>
        <translation>Awal {start} untuk tahun {year} tetapi Akhir {end} untuk tahun {year2}; satu rentang berada dalam satu tahun.</translation>
    </message>
    <message>
        <source>Year Period {problem}</source>
        <translation>Periode Tahun {problem}</translation>
    </message>
    <message>
        <source>{start}, a number for {year},</source>
        <translation>{start}, nomor untuk tahun {year},</translation>
    </message>
    <message>
        <source>Start {problem}</source>
        <translation>Nomor Awal {problem}</translation>
    </message>
    <message>
        <source>The numbers are for {year} (digits 4-5 of {start}) but the Year Period is {year_period}.</source>
        <translation>Nomor-nomor itu untuk tahun {year} (digit 4-5 dari {start}) tetapi Periode Tahun adalah {year_period}.</translation>
    </message>
    <message>
        <source>End {end} comes before Start {start}.</source>
        <translation>Akhir {end} datang sebelum Awal {start}.</translation>
    </message>
    <message>
        <source>{total:,} numbers is more than one e-Nofa grant ever holds (at most {MAX_BLOCK:,}); check Start and End.</source>
        <translation>{total:,} nomor lebih banyak dari yang pernah diberikan satu e-Nofa (paling banyak {MAX_BLOCK:,}); periksa Awal dan Akhir.</translation>
    </message>
    <message>
        <source>The grant letter date {problem}</source>
        <translation>Tanggal surat pemberian {problem}</translation>
    </message>
    <message>
        <source>A grant letter dated {grant_date:%Y-%m-%d} cannot grant numbers for {year}.</source>
        <translation>Surat pemberian bertanggal {grant_date:%Y-%m-%d} tidak dapat memberi nomor untuk tahun {year}.</translation>
    </message>
    <message>
        <source>{start} .. {end} overlaps the range already recorded: {clash}.</source>
        <translation>{start} .. {end} bertumpang tindih dengan rentang yang sudah dicatat: {clash}.</translation>
    </message>
    <message>
        <source>Range {range} added ({total:,} numbers)</source>
        <translation>Rentang {range} ditambahkan ({total:,} nomor)</translation>
    </message>
    <message>
        <source>That E-Faktur No no longer exists; refresh and try again.</source>
        <translation>No. E-Faktur itu sudah tidak ada; segarkan lalu coba lagi.</translation>
    </message>
    <message>
        <source>That range no longer exists; refresh and try again.</source>
        <translation>Rentang itu sudah tidak ada; segarkan lalu coba lagi.</translation>
    </message>
    <message>
        <source>The start of {rng} cannot change: {year} and others below it were already used. Only the end, grant letter date and note can change.</source>
        <translation>Awal {rng} tidak dapat diubah: {year} dan nomor di bawahnya sudah terpakai. Hanya ujung, tanggal surat pemberian dan catatan yang dapat diubah.</translation>
    </message>
    <message>
        <source>The end cannot be before {year}, the highest number of this range ever assigned to a billing.</source>
        <translation>Ujung tidak boleh sebelum {year}, nomor tertinggi rentang ini yang pernah diberikan ke tagihan.</translation>
    </message>
    <message>
        <source>Range {range} changed ({fields}); {total:,} numbers</source>
        <translation>Rentang {range} diubah ({fields}); {total:,} nomor</translation>
    </message>
    <message>
        <source>Range {range} deleted ({total:,} numbers never used)</source>
        <translation>Rentang {range} dihapus ({total:,} nomor tidak pernah dipakai)</translation>
    </message>
    <message>
        <source>This billing goes through Coretax: a Coretax faktur number is never given back and nothing returns to any pool. Cancel the faktur in Coretax instead (Cancel Faktur in Coretax).</source>
        <translation>Tagihan ini melalui Coretax: nomor faktur Coretax tidak pernah dikembalikan dan tidak ada yang kembali ke persediaan mana pun. Batalkan fakturnya di Coretax saja (Batalkan Faktur di Coretax).</translation>
    </message>
    <message>
        <source>A faktur with the wrong buyer identity cannot be replaced (PER-11/PJ/2025): cancel the billing, cancel its faktur in Coretax and issue a new billing to the right buyer.</source>
        <translation>Faktur dengan identitas pembeli yang salah tidak dapat diganti (PER-11/PJ/2025): batalkan tagihannya, batalkan fakturnya di Coretax, lalu terbitkan tagihan baru kepada pembeli yang benar.</translation>
    </message>
    <message>
        <source>This billing is {label}.</source>
        <translation>Tagihan ini berstatus {label}.</translation>
    </message>
    <message>
        <source>Only a Draft or Proforma can be edited. {facts}</source>
        <translation>Hanya Draf atau Proforma yang dapat diubah. {facts}</translation>
    </message>
    <message>
        <source>Only a Draft, Proforma or Cancelled billing can be deleted. {facts}</source>
        <translation>Hanya tagihan Draf, Proforma atau Dibatalkan yang dapat dihapus. {facts}</translation>
    </message>
    <message>
        <source>It still holds E-Faktur No {number}; cancel it (Cancel E-Faktur No) before deleting.</source>
        <translation>Tagihan ini masih memegang No. E-Faktur {number}; batalkan nomornya (Batalkan No. E-Faktur) sebelum menghapus.</translation>
    </message>
    <message>
        <source>It went to Coretax ({status}), so it stays on record as Cancelled.</source>
        <translation>Tagihan ini sudah dikirim ke Coretax ({status}), jadi tetap tercatat sebagai Dibatalkan.</translation>
    </message>
    <message>
        <source>{kept_because} It stays on record as Cancelled.</source>
        <translation>{kept_because} Tagihan ini tetap tercatat sebagai Dibatalkan.</translation>
    </message>
    <message>
        <source>Only a Draft or Proforma can be issued. {facts}</source>
        <translation>Hanya Draf atau Proforma yang dapat diterbitkan. {facts}</translation>
    </message>
    <message>
        <source>Payments are recorded on Unpaid, Partially Paid or Overdue billings. {facts}</source>
        <translation>Pembayaran dicatat pada tagihan Belum Dibayar, Dibayar Sebagian atau Lewat Jatuh Tempo. {facts}</translation>
    </message>
    <message>
        <source>This billing is already cancelled.</source>
        <translation>Tagihan ini sudah dibatalkan.</translation>
    </message>
    <message>
        <source>A fully paid billing cannot be cancelled.</source>
        <translation>Tagihan yang sudah lunas tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Only an issued billing that is not fully paid can be cancelled. {facts} Delete it instead if it is not wanted.</source>
        <translation>Hanya tagihan terbit yang belum lunas yang dapat dibatalkan. {facts} Hapus saja bila tidak diperlukan.</translation>
    </message>
    <message>
        <source>Invoice Tax is off for this billing, so it takes no number.</source>
        <translation>Pajak Invoice nonaktif untuk tagihan ini, jadi tidak mengambil nomor.</translation>
    </message>
    <message>
        <source>This billing already has E-Faktur No {number}.</source>
        <translation>Tagihan ini sudah memiliki No. E-Faktur {number}.</translation>
    </message>
    <message>
        <source>A cancelled billing cannot take an E-Faktur No.</source>
        <translation>Tagihan yang dibatalkan tidak dapat mengambil No. E-Faktur.</translation>
    </message>
    <message>
        <source>{facts} It gets its E-Faktur No when it is issued.</source>
        <translation>{facts} Tagihan ini mendapat No. E-Faktur saat diterbitkan.</translation>
    </message>
    <message>
        <source>Cancel the billing first: only a cancelled billing can cancel its E-Faktur No. {facts}</source>
        <translation>Batalkan tagihannya dulu: hanya tagihan yang dibatalkan yang dapat membatalkan No. E-Faktur-nya. {facts}</translation>
    </message>
    <message>
        <source>Invoice Tax is off for this billing, so it has no number.</source>
        <translation>Pajak Invoice nonaktif untuk tagihan ini, jadi tidak memiliki nomor.</translation>
    </message>
    <message>
        <source>This billing holds no E-Faktur No to cancel.</source>
        <translation>Tagihan ini tidak memegang No. E-Faktur untuk dibatalkan.</translation>
    </message>
    <message>
        <source>e-Faktur file uploaded on {uploaded_on:%Y-%m-%d}: DJP approved {number}, so it is spent. Correct it with a replacement faktur.</source>
        <translation>Berkas e-Faktur diunggah pada {uploaded_on:%Y-%m-%d}: DJP sudah menyetujui {number}, jadi nomor itu terpakai. Koreksi dengan faktur pengganti.</translation>
    </message>
    <message>
        <source>Invoice Tax is off for this billing, so it has no faktur.</source>
        <translation>Pajak Invoice nonaktif untuk tagihan ini, jadi tidak ada fakturnya.</translation>
    </message>
    <message>
        <source>This billing goes through e-Faktur desktop, not Coretax.</source>
        <translation>Tagihan ini melalui e-Faktur desktop, bukan Coretax.</translation>
    </message>
    <message>
        <source>Coretax shows it as {status}.</source>
        <translation>Coretax menunjukkannya berstatus {status}.</translation>
    </message>
    <message>
        <source>Cancel the billing first: only a cancelled billing&apos;s faktur is cancelled in Coretax. {facts}</source>
        <translation>Batalkan tagihannya dulu: hanya faktur dari tagihan yang dibatalkan yang dibatalkan di Coretax. {facts}</translation>
    </message>
    <message>
        <source>It never went to Coretax, so nothing is to be cancelled there.</source>
        <translation>Tagihan ini belum pernah dikirim ke Coretax, jadi tidak ada yang perlu dibatalkan di sana.</translation>
    </message>
    <message>
        <source>Its faktur is cancelled in Coretax. {said}</source>
        <translation>Fakturnya sudah dibatalkan di Coretax. {said}</translation>
    </message>
    <message>
        <source>Its cancellation is recorded; the next Coretax import that shows it cancelled closes it.</source>
        <translation>Pembatalannya sudah dicatat; impor Coretax berikutnya yang menunjukkannya dibatalkan akan menutupnya.</translation>
    </message>
    <message>
        <source>You recorded that its draft was deleted in Coretax.</source>
        <translation>Anda sudah mencatat bahwa drafnya dihapus di Coretax.</translation>
    </message>
    <message>
        <source>A cancelled billing&apos;s faktur is cancelled, not replaced (Cancel Faktur in Coretax).</source>
        <translation>Faktur dari tagihan yang dibatalkan dibatalkan, bukan diganti (Batalkan Faktur di Coretax).</translation>
    </message>
    <message>
        <source>Its replacement is recorded; the next Coretax import that shows the original amended closes it.</source>
        <translation>Penggantiannya sudah dicatat; impor Coretax berikutnya yang menunjukkan faktur asalnya berstatus Amended akan menutupnya.</translation>
    </message>
    <message>
        <source>Only a faktur Coretax approved can be replaced. {said}</source>
        <translation>Hanya faktur yang disetujui Coretax yang dapat diganti. {said}</translation>
    </message>
    <message>
        <source>{number} of this range was used, so the range stays; shrink its end instead to drop the unused numbers.</source>
        <translation>{number} dari rentang ini sudah terpakai, jadi rentang tetap ada; perkecil ujungnya untuk membuang nomor yang tidak terpakai.</translation>
    </message>
    <message>
        <source>The file could not be written to {path}: {value}.</source>
        <translation>Berkas tidak dapat ditulis ke {path}: {value}.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there, so nothing was written. Choose another place.</source>
        <translation>Folder {folder} tidak ada, jadi tidak ada yang ditulis. Pilih tempat lain.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file, so it was not replaced. Choose another name.</source>
        <translation>{path} bukan berkas biasa, jadi tidak ditimpa. Pilih nama lain.</translation>
    </message>
    <message>
        <source>Save as .xlsx or .csv, not “{value}”.</source>
        <translation>Simpan sebagai .xlsx atau .csv, bukan “{value}”.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {value}.</source>
        <translation>{name} tidak dapat dibaca: {value}.</translation>
    </message>
    <message>
        <source>{name} is {value:,.0f} MB; an import file is at most {value2} MB. Split it by month.</source>
        <translation>{name} berukuran {value:,.0f} MB; berkas impor paling besar {value2} MB. Pisahkan per bulan.</translation>
    </message>
    <message>
        <source>{name}: choose a .csv or .xlsx file.</source>
        <translation>{name}: pilih berkas .csv atau .xlsx.</translation>
    </message>
    <message>
        <source>{name} is saved as Unicode text (UTF-16). In Excel choose Save As → “CSV UTF-8 (Comma delimited)”, or save it as .xlsx.</source>
        <translation>{name} disimpan sebagai teks Unicode (UTF-16). Di Excel pilih Save As → “CSV UTF-8 (Comma delimited)”, atau simpan sebagai .xlsx.</translation>
    </message>
    <message>
        <source>{name} is not a text file. Save the sheet as CSV UTF-8 or .xlsx.</source>
        <translation>{name} bukan berkas teks. Simpan lembar kerjanya sebagai CSV UTF-8 atau .xlsx.</translation>
    </message>
    <message>
        <source>{name} is not in UTF-8 (a character at byte {start:,} cannot be read). In Excel choose Save As → “CSV UTF-8 (Comma delimited)”.</source>
        <translation>{name} tidak dalam UTF-8 (karakter pada byte {start:,} tidak dapat dibaca). Di Excel pilih Save As → “CSV UTF-8 (Comma delimited)”.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file: {exc}.</source>
        <translation>{name} bukan berkas CSV yang dapat dibaca: {exc}.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>{name} bukan buku kerja Excel (.xlsx) yang dapat dibaca.</translation>
    </message>
    <message>
        <source>{name} is empty: the first row must name the columns.</source>
        <translation>{name} kosong: baris pertama harus menamai kolom.</translation>
    </message>
    <message>
        <source>The threshold limit must be a whole number of E-Faktur Nos, not “{text}”.</source>
        <translation>Batas ambang harus berupa bilangan bulat No. E-Faktur, bukan “{text}”.</translation>
    </message>
    <message>
        <source>The threshold limit is at most 1,000,000 numbers.</source>
        <translation>Batas ambang paling banyak 1.000.000 nomor.</translation>
    </message>
    <message>
        <source>Low-number warning on at {limit:,}</source>
        <translation>Peringatan nomor menipis aktif pada {limit:,}</translation>
    </message>
    <message>
        <source>Low-number warning off</source>
        <translation>Peringatan nomor menipis nonaktif</translation>
    </message>
    <message>
        <source>No E-Faktur No is left for {year}. Request numbers through e-Nofa and record them with + Tax Number before issuing taxable billings.</source>
        <translation>Tidak ada No. E-Faktur tersisa untuk {year}. Minta nomor melalui e-Nofa dan catat dengan + Nomor Pajak sebelum menerbitkan tagihan kena pajak.</translation>
    </message>
    <message>
        <source>Only 1 E-Faktur No left</source>
        <translation>Tinggal 1 No. E-Faktur</translation>
    </message>
    <message>
        <source>Only {n:,} E-Faktur Nos left</source>
        <translation>Tinggal {n:,} No. E-Faktur</translation>
    </message>
    <message>
        <source> for {year} (warning at {limit:,}). Request more through e-Nofa now.</source>
        <translation> untuk {year} (peringatan pada {limit:,}). Minta lagi melalui e-Nofa sekarang.</translation>
    </message>
    <message>
        <source>{year} is over: {left:,} unused numbers have expired. Delete them in e-Faktur desktop (Year end list).</source>
        <translation>{year} sudah lewat: {left:,} nomor yang tidak terpakai kedaluwarsa. Hapus di e-Faktur desktop (daftar Akhir Tahun).</translation>
    </message>
    <message>
        <source>No range is recorded for {year}.</source>
        <translation>Belum ada rentang untuk {year}.</translation>
    </message>
    <message>
        <source>{left:,} numbers ready for {year}.</source>
        <translation>{left:,} nomor siap untuk {year}.</translation>
    </message>
    <message>
        <source>No number used in the last {PACE_WINDOW_DAYS} days; {left:,} left.</source>
        <translation>Tidak ada nomor terpakai dalam {PACE_WINDOW_DAYS} hari terakhir; sisa {left:,}.</translation>
    </message>
    <message>
        <source>{rate:,.1f} a month</source>
        <translation>{rate:,.1f} per bulan</translation>
    </message>
    <message>
        <source>All {total:,} numbers for {year} are used.</source>
        <translation>Semua {total:,} nomor untuk {year} sudah terpakai.</translation>
    </message>
    <message>
        <source>At {pace}, the {left:,} left last beyond the end of {year}.</source>
        <translation>Dengan laju {pace}, sisa {left:,} cukup sampai melewati akhir {year}.</translation>
    </message>
    <message>
        <source>At {pace}, the {left:,} left run out around {day}.</source>
        <translation>Dengan laju {pace}, sisa {left:,} habis sekitar {day}.</translation>
    </message>
    <message>
        <source>and {more:,} more</source>
        <translation>dan {more:,} lainnya</translation>
    </message>
    <message>
        <source>{shown} is outside the years {first} to {last} (e-Faktur began in {first}, and nothing may be dated after next year).</source>
        <translation>{shown} berada di luar tahun {first} sampai {last} (e-Faktur dimulai pada {first}, dan tidak ada yang boleh bertanggal setelah tahun depan).</translation>
    </message>
    <message>
        <source>The data folder {folder} is not there (is its drive unplugged?). Your book is kept in it, so E-Faktur Desk will not start a new one in its place. Connect the drive and try again, or choose another folder.</source>
        <translation>Folder data {folder} tidak ada (apakah drive-nya dicabut?). Buku Anda disimpan di sana, jadi E-Faktur Desk tidak akan memulai buku baru sebagai gantinya. Sambungkan drive lalu coba lagi, atau pilih folder lain.</translation>
    </message>
    <message>
        <source>Close without saving? What you typed here will be lost.</source>
        <translation>Tutup tanpa menyimpan? Yang Anda ketik di sini akan hilang.</translation>
    </message>
    <message>
        <source>withdrawn before the restore</source>
        <translation>ditarik sebelum pemulihan</translation>
    </message>
    <message>
        <source>restored book: {reason}; kept so that its number stays uploaded</source>
        <translation>buku dipulihkan: {reason}; disimpan agar nomornya tetap berstatus diunggah</translation>
    </message>
    <message>
        <source>{number} kept out of the pool after a restore: its approved PDF {file_name} is in the files folder</source>
        <translation>{number} dikeluarkan dari persediaan setelah pemulihan: PDF yang disetujui, {file_name}, ada di folder berkas</translation>
    </message>
    <message>
        <source>{number} kept out of the pool after a restore: the book as it was had it uploaded or kept out</source>
        <translation>{number} dikeluarkan dari persediaan setelah pemulihan: buku sebelum pemulihan sudah mengunggahnya atau mengeluarkannya</translation>
    </message>
    <message>
        <source>{number} kept out of the pool after a restore: the book as it was exported it in {file_name}, which e-Faktur holds</source>
        <translation>{number} dikeluarkan dari persediaan setelah pemulihan: buku sebelum pemulihan sudah mengekspornya dalam {file_name}, yang disimpan e-Faktur</translation>
    </message>
    <message>
        <source>Export {file} carried over into the restored book (batch {batch})</source>
        <translation>Ekspor {file} dibawa ke buku yang dipulihkan (batch {batch})</translation>
    </message>
    <message>
        <source>The history was tampered with: the backup of {day} ({name}) holds entries up to {id} that the book no longer has as written: entries were removed or rewritten by hand.</source>
        <translation>Riwayat telah diutak-atik: cadangan {day} ({name}) memuat entri sampai {id} yang tidak lagi ada di buku seperti saat ditulis: ada entri yang dihapus atau ditulis ulang secara manual.</translation>
    </message>
    <message>
        <source>It still holds every entry of the newest backup ({name}).</source>
        <translation>Riwayat masih memuat setiap entri dari cadangan terbaru ({name}).</translation>
    </message>
    <message>
        <source>{released} (cancelled)</source>
        <translation>{released} (dibatalkan)</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Jasa</translation>
    </message>
    <message>
        <source>NPWP (TIN)</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>NIK (National ID)</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Paspor</translation>
    </message>
    <message>
        <source>Other ID</source>
        <translation>Identitas Lain</translation>
    </message>
    <message>
        <source>“{text}” is not one of Coretax&apos;s units (UM.0001 to UM.0039, or its name).</source>
        <translation>“{text}” bukan salah satu satuan Coretax (UM.0001 sampai UM.0039, atau namanya).</translation>
    </message>
    <message>
        <source>“{text}” is neither A (goods) nor B (services).</source>
        <translation>“{text}” bukan A (barang) maupun B (jasa).</translation>
    </message>
    <message>
        <source>Goods/services code “{text}” must be 6 digits (000000 for none).</source>
        <translation>Kode barang/jasa “{text}” harus 6 digit (000000 bila tidak ada).</translation>
    </message>
    <message>
        <source>TKU “{text}” must be 6 digits (000000 for the head office).</source>
        <translation>TKU “{text}” harus 6 digit (000000 untuk kantor pusat).</translation>
    </message>
    <message>
        <source>Every faktur goes through e-Faktur desktop with an E-Faktur No from your e-Nofa ranges.</source>
        <translation>Setiap faktur melalui e-Faktur desktop dengan No. E-Faktur dari rentang e-Nofa Anda.</translation>
    </message>
    <message>
        <source>Fakturs dated from {day} go through Coretax, which numbers them on approval; earlier ones use E-Faktur Nos from your e-Nofa ranges.</source>
        <translation>Faktur bertanggal sejak {day} melalui Coretax, yang memberinya nomor saat disetujui; faktur sebelumnya memakai No. E-Faktur dari rentang e-Nofa Anda.</translation>
    </message>
    <message>
        <source>Fakturs dated from {day} go through Coretax, which numbers them when DJP approves them, so this billing takes no E-Faktur No.</source>
        <translation>Faktur bertanggal sejak {day} melalui Coretax, yang memberinya nomor saat DJP menyetujuinya, jadi tagihan ini tidak mengambil No. E-Faktur.</translation>
    </message>
    <message>
        <source>Coretax takes fakturs dated from {day}; choose that day or a later one.</source>
        <translation>Coretax menerima faktur bertanggal sejak {day}; pilih tanggal itu atau sesudahnya.</translation>
    </message>
    <message>
        <source>Fakturs dated from {day} go through Coretax</source>
        <translation>Faktur bertanggal sejak {day} melalui Coretax</translation>
    </message>
    <message>
        <source>Every faktur goes through e-Faktur desktop</source>
        <translation>Setiap faktur melalui e-Faktur desktop</translation>
    </message>
    <message>
        <source>Issue fakturs through Coretax from</source>
        <translation>Terbitkan faktur melalui Coretax sejak</translation>
    </message>
    <message>
        <source>Issue every faktur through e-Faktur desktop with E-Faktur Nos (NSFP ranges)</source>
        <translation>Terbitkan setiap faktur melalui e-Faktur desktop dengan No. E-Faktur (rentang NSFP)</translation>
    </message>
    <message>
        <source>First faktur date through Coretax</source>
        <translation>Tanggal faktur pertama melalui Coretax</translation>
    </message>
    <message>
        <source>Changing this changes no billing: one that holds an E-Faktur No keeps it and goes out as CSV; billings without one follow the new choice.</source>
        <translation>Mengubah ini tidak mengubah tagihan apa pun: tagihan yang memegang No. E-Faktur tetap memegangnya dan diekspor sebagai CSV; tagihan tanpa nomor mengikuti pilihan baru.</translation>
    </message>
    <message>
        <source>&lt;b&gt;How fakturs go to DJP&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bagaimana faktur sampai ke DJP&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{name} is Coretax&apos;s Pajak Masukan export (the fakturs you received, with NPWP Penjual). Import the Pajak Keluaran export: in Coretax, e-Faktur → Pajak Keluaran, then download the list.</source>
        <translation>{name} adalah ekspor Pajak Masukan dari Coretax (faktur yang Anda terima, dengan NPWP Penjual). Impor ekspor Pajak Keluaran: di Coretax, e-Faktur → Pajak Keluaran, lalu unduh daftarnya.</translation>
    </message>
    <message>
        <source>{name} looks like Coretax&apos;s Pajak Keluaran export but has no column “{column}”. Download the list again from e-Faktur → Pajak Keluaran.</source>
        <translation>{name} tampak seperti ekspor Pajak Keluaran dari Coretax tetapi tidak memiliki kolom “{column}”. Unduh lagi daftarnya dari e-Faktur → Pajak Keluaran.</translation>
    </message>
    <message>
        <source>{name} is not Coretax&apos;s Pajak Keluaran export: it has no columns “Nomor Faktur Pajak” and “Status Faktur”. Download the list from e-Faktur → Pajak Keluaran.</source>
        <translation>{name} bukan ekspor Pajak Keluaran dari Coretax: tidak ada kolom “Nomor Faktur Pajak” dan “Status Faktur”. Unduh daftarnya dari e-Faktur → Pajak Keluaran.</translation>
    </message>
    <message>
        <source>the faktur number {value:.0f} is stored as a number, and Excel keeps only 15 digits of it. Download the list again, or format the column as text.</source>
        <translation>nomor faktur {value:.0f} tersimpan sebagai angka, dan Excel hanya menyimpan 15 digitnya. Unduh lagi daftarnya, atau format kolomnya sebagai teks.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>“{text}” bukan tanggal.</translation>
    </message>
    <message>
        <source>Status “{text}” is not one Coretax is known to write; it needs a look.</source>
        <translation>Status “{text}” bukan status yang dikenal dari Coretax; perlu diperiksa.</translation>
    </message>
    <message>
        <source>Coretax saved it as invalid: correct it there and upload it again.</source>
        <translation>Coretax menyimpannya sebagai tidak valid: perbaiki di sana dan unggah lagi.</translation>
    </message>
    <message>
        <source>Coretax lists it as {status} but gives no faktur number; it needs a look.</source>
        <translation>Coretax mencantumkannya sebagai {status} tetapi tanpa nomor faktur; perlu diperiksa.</translation>
    </message>
    <message>
        <source>It is the e-Faktur desktop number {number} (Coretax inserts a 9 as the fifth digit); no billing holds it.</source>
        <translation>Ini nomor e-Faktur desktop {number} (Coretax menyisipkan angka 9 sebagai digit kelima); tidak ada tagihan yang memegangnya.</translation>
    </message>
    <message>
        <source>It reads as the e-Faktur desktop number {number} (a 9 inserted as the fifth digit), but the billing holding it has another transaction code; it needs a look.</source>
        <translation>Ini terbaca sebagai nomor e-Faktur desktop {number} (angka 9 disisipkan sebagai digit kelima), tetapi tagihan yang memegangnya berkode transaksi lain; perlu diperiksa.</translation>
    </message>
    <message>
        <source>Its Referensi is {reference}, but faktur {number} is recorded on {invoice_no}; nothing was changed for it.</source>
        <translation>Referensinya {reference}, tetapi faktur {number} tercatat pada {invoice_no}; tidak ada yang diubah untuknya.</translation>
    </message>
    <message>
        <source>Coretax shows {what} {theirs}; this billing has {ours}</source>
        <translation>Coretax menunjukkan {what} {theirs}; tagihan ini {ours}</translation>
    </message>
    <message>
        <source>Coretax also lists it as {status}; the later state, {kept}, stays.</source>
        <translation>Coretax juga mencantumkannya sebagai {status}; status yang lebih lanjut, {kept}, tetap.</translation>
    </message>
    <message>
        <source>Faktur {number} appears twice in the file, for two billings.</source>
        <translation>Faktur {number} muncul dua kali dalam berkas, untuk dua tagihan.</translation>
    </message>
    <message>
        <source>{invoice_no}: Coretax shows faktur {faktur_no} as {status}</source>
        <translation>{invoice_no}: Coretax menunjukkan faktur {faktur_no} berstatus {status}</translation>
    </message>
    <message>
        <source>{invoice_no}: Coretax shows the faktur as {status}</source>
        <translation>{invoice_no}: Coretax menunjukkan faktur berstatus {status}</translation>
    </message>
    <message>
        <source>{file_name} would put one Coretax faktur number on two billings; nothing was recorded. Check the rows with that number in Coretax.</source>
        <translation>{file_name} akan menaruh satu nomor faktur Coretax pada dua tagihan; tidak ada yang dicatat. Periksa baris dengan nomor itu di Coretax.</translation>
    </message>
    <message>
        <source>The transaction was cancelled</source>
        <translation>Transaksinya dibatalkan</translation>
    </message>
    <message>
        <source>It should not have been invoiced</source>
        <translation>Seharusnya tidak dibuatkan faktur</translation>
    </message>
    <message>
        <source>The buyer&apos;s identity is wrong</source>
        <translation>Identitas pembeli salah</translation>
    </message>
    <message>
        <source>The price changes</source>
        <translation>Harganya berubah</translation>
    </message>
    <message>
        <source>The quantity changes</source>
        <translation>Kuantitasnya berubah</translation>
    </message>
    <message>
        <source>The description changes</source>
        <translation>Uraiannya berubah</translation>
    </message>
    <message>
        <source>Coretax never approved the faktur of {invoice_no}, so it has no number to cancel: delete its draft in Coretax (e-Faktur › Pajak Keluaran, the faktur with Referensi {invoice_no}, Delete). The billing is cancelled, so it leaves the next XML.</source>
        <translation>Coretax belum pernah menyetujui faktur {invoice_no}, jadi tidak ada nomor yang perlu dibatalkan: hapus drafnya di Coretax (e-Faktur › Pajak Keluaran, faktur dengan Referensi {invoice_no}, Hapus). Tagihannya dibatalkan, jadi tidak ikut dalam XML berikutnya.</translation>
    </message>
    <message>
        <source>Choose one of the three reasons a faktur is cancelled for.</source>
        <translation>Pilih salah satu dari tiga alasan pembatalan faktur.</translation>
    </message>
    <message>
        <source>{invoice_no}: to cancel in Coretax ({coretax_reason})</source>
        <translation>{invoice_no}: akan dibatalkan di Coretax ({coretax_reason})</translation>
    </message>
    <message>
        <source>In Coretax: e-Faktur › Pajak Keluaran, the pencil on faktur {faktur_no}, Cancel, then sign. If the buyer credited it, it waits for the buyer (Waiting for Cancellation). The next import from Coretax that shows it cancelled closes this.</source>
        <translation>Di Coretax: e-Faktur › Pajak Keluaran, ikon pensil pada faktur {faktur_no}, Cancel, lalu tanda tangani. Bila pembeli sudah mengkreditkannya, faktur menunggu pembeli (Menunggu Pembatalan). Impor berikutnya dari Coretax yang menunjukkannya dibatalkan akan menutup ini.</translation>
    </message>
    <message>
        <source>Then issue a new billing to the right buyer.</source>
        <translation>Lalu terbitkan tagihan baru kepada pembeli yang benar.</translation>
    </message>
    <message>
        <source>Coretax approved its faktur: record why it is cancelled instead.</source>
        <translation>Coretax sudah menyetujui fakturnya: catat saja alasan pembatalannya.</translation>
    </message>
    <message>
        <source>{invoice_no}: its draft was deleted in Coretax</source>
        <translation>{invoice_no}: drafnya dihapus di Coretax</translation>
    </message>
    <message>
        <source>Recorded: the draft of {invoice_no} was deleted in Coretax; nothing is left to do for it there.</source>
        <translation>Dicatat: draf {invoice_no} dihapus di Coretax; tidak ada lagi yang perlu dikerjakan untuknya di sana.</translation>
    </message>
    <message>
        <source>Coretax now holds DPP {dpp} and PPN {ppn}.</source>
        <translation>Coretax sekarang mencatat DPP {dpp} dan PPN {ppn}.</translation>
    </message>
    <message>
        <source>In Coretax: e-Faktur › Pajak Keluaran, the pencil on faktur {faktur_no}, Amend. {figures} Change: {change}. Then Save Amend and sign. If the buyer credited it, the replacement waits for the buyer (Waiting for Amendment). The import that shows {faktur_no} amended links the replacement&apos;s number to {invoice_no}.</source>
        <translation>Di Coretax: e-Faktur › Pajak Keluaran, ikon pensil pada faktur {faktur_no}, Amend. {figures} Ubah: {change}. Lalu Save Amend dan tanda tangani. Bila pembeli sudah mengkreditkannya, faktur pengganti menunggu pembeli (Menunggu Penggantian). Impor yang menunjukkan {faktur_no} berstatus Amended menautkan nomor faktur pengganti ke {invoice_no}.</translation>
    </message>
    <message>
        <source>Choose what changes: the price, the quantity or the description.</source>
        <translation>Pilih apa yang berubah: harga, kuantitas, atau uraian.</translation>
    </message>
    <message>
        <source>Say what changes, as you will type it in Coretax (for example: line 1 price 1,500,000 → 1,400,000).</source>
        <translation>Tuliskan apa yang berubah, seperti yang akan Anda ketik di Coretax (misalnya: baris 1 harga 1.500.000 → 1.400.000).</translation>
    </message>
    <message>
        <source>{invoice_no}: to replace in Coretax ({coretax_reason})</source>
        <translation>{invoice_no}: akan diganti di Coretax ({coretax_reason})</translation>
    </message>
    <message>
        <source>Cancel faktur {faktur_no} in Coretax ({reason}).</source>
        <translation>Batalkan faktur {faktur_no} di Coretax ({reason}).</translation>
    </message>
    <message>
        <source>The billing is cancelled but Coretax approved faktur {faktur_no}: record why (Cancel Faktur in Coretax) and cancel it there.</source>
        <translation>Tagihannya dibatalkan tetapi Coretax sudah menyetujui faktur {faktur_no}: catat alasannya (Batalkan Faktur di Coretax) dan batalkan di sana.</translation>
    </message>
    <message>
        <source>Replace faktur {faktur_no} in Coretax ({reason}).</source>
        <translation>Ganti faktur {faktur_no} di Coretax ({reason}).</translation>
    </message>
    <message>
        <source>Delete its draft in Coretax (the billing is cancelled).</source>
        <translation>Hapus drafnya di Coretax (tagihannya dibatalkan).</translation>
    </message>
    <message>
        <source>Upload and sign it in Coretax by {day}.</source>
        <translation>Unggah dan tanda tangani di Coretax paling lambat {day}.</translation>
    </message>
    <message>
        <source>Coretax To-Do</source>
        <translation>Tugas di Coretax</translation>
    </message>
    <message>
        <source>What to do in Coretax</source>
        <translation>Yang dikerjakan di Coretax</translation>
    </message>
    <message>
        <source>Double-click a row to open its billing</source>
        <translation>Klik dua kali sebuah baris untuk membuka tagihannya</translation>
    </message>
    <message>
        <source>1 thing is still to be done in Coretax.</source>
        <translation>1 hal masih harus dikerjakan di Coretax.</translation>
    </message>
    <message>
        <source>{n:,} things are still to be done in Coretax.</source>
        <translation>{n:,} hal masih harus dikerjakan di Coretax.</translation>
    </message>
    <message>
        <source>Nothing is left to do in Coretax.</source>
        <translation>Tidak ada lagi yang harus dikerjakan di Coretax.</translation>
    </message>
    <message>
        <source>{sentence} The deadline has passed.</source>
        <translation>{sentence} Batas waktunya sudah lewat.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Pulihkan Bawaan</translation>
    </message>
</context>
</TS>
