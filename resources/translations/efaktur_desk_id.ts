<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <location filename="../../ui/backup_actions.py" line="32"/>
        <location filename="../../ui/backup_actions.py" line="55"/>
        <location filename="../../ui/backup_dialog.py" line="167"/>
        <source>Back Up Now</source>
        <translation>Cadangkan Sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="34"/>
        <source>Copy the book to the backup folder now</source>
        <translation>Salin buku ke folder cadangan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="36"/>
        <source>Backups &amp;&amp; Restore…</source>
        <translation>Cadangan &amp;&amp; Pemulihan…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="38"/>
        <source>The backups kept, where they go, and restoring one</source>
        <translation>Cadangan yang disimpan, letaknya, dan memulihkan salah satunya</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="59"/>
        <location filename="../../ui/backup_dialog.py" line="243"/>
        <source>Backed up to {made}.</source>
        <translation>Dicadangkan ke {made}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="76"/>
        <source>Backup Restored</source>
        <translation>Cadangan Dipulihkan</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="89"/>
        <source>The daily backup failed: {exc}</source>
        <translation>Cadangan harian gagal: {exc}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="91"/>
        <source>Daily backup made: {name}</source>
        <translation>Cadangan harian dibuat: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="32"/>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="33"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="34"/>
        <location filename="../../ui/core_words.py" line="36"/>
        <location filename="../../ui/customers_tab.py" line="27"/>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>Billings</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="35"/>
        <location filename="../../ui/core_words.py" line="37"/>
        <source>E-Faktur Nos</source>
        <translation>No. E-Faktur</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="36"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="51"/>
        <source>Where backups go</source>
        <translation>Letak cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="59"/>
        <source>Backups kept</source>
        <translation>Jumlah cadangan disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="62"/>
        <source>Change Folder…</source>
        <translation>Ganti Folder…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="65"/>
        <source>Use Default Folder</source>
        <translation>Pakai Folder Bawaan</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="77"/>
        <source>Keep the newest</source>
        <translation>Simpan yang terbaru</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="79"/>
        <source>backups.</source>
        <translation>cadangan.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="82"/>
        <source>One is made each day you open the book, and before every upgrade.</source>
        <translation>Satu dibuat setiap hari Anda membuka buku, dan sebelum setiap pembaruan.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="91"/>
        <source>  (the default, beside the book)</source>
        <translation>  (bawaan, di samping buku)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="117"/>
        <source>Folder for Backups</source>
        <translation>Folder untuk Cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="143"/>
        <source>Backups &amp; Restore</source>
        <translation>Cadangan &amp; Pemulihan</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="163"/>
        <source>No backup yet. Back Up Now makes the first one.</source>
        <translation>Belum ada cadangan. Cadangkan Sekarang membuat yang pertama.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="169"/>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="179"/>
        <source>&lt;b&gt;Backups of this book&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;Cadangan buku ini&lt;/b&gt;, terbaru di atas</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="225"/>
        <source>The book is open read-only here: restore it in the window that has it.</source>
        <translation>Buku ini terbuka hanya-baca di sini: pulihkan di jendela yang membukanya.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="227"/>
        <source>Choose the backup to restore.</source>
        <translation>Pilih cadangan yang akan dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="229"/>
        <source>This backup {problem}.</source>
        <translation>Cadangan ini {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="231"/>
        <source>Put this backup in place of the book</source>
        <translation>Pasang cadangan ini menggantikan buku</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="251"/>
        <source>Restore Backup</source>
        <translation>Pulihkan Cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="253"/>
        <source>Put the backup of {made_at} ({billings:,} billings) in place of the book?

Everything done since then leaves the book. The book as it is now is backed up first, so you can come back to it.</source>
        <translation>Pasang cadangan {made_at} ({billings:,} tagihan) menggantikan buku?

Semua yang dikerjakan sejak itu keluar dari buku. Buku seperti sekarang dicadangkan lebih dulu, jadi Anda bisa kembali ke sana.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="269"/>
        <source>Restored the backup of {made_at}. The book as it was is kept as {name}.</source>
        <translation>Cadangan {made_at} telah dipulihkan. Buku sebelumnya disimpan sebagai {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="47"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="48"/>
        <source>Duplicate</source>
        <translation>Gandakan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="49"/>
        <location filename="../../ui/main_window.py" line="807"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="50"/>
        <location filename="../../ui/main_window.py" line="801"/>
        <source>Issue</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="51"/>
        <source>Record Payment…</source>
        <translation>Catat Pembayaran…</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="52"/>
        <source>Cancel</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="53"/>
        <location filename="../../ui/billing_detail.py" line="444"/>
        <location filename="../../ui/main_window.py" line="1401"/>
        <source>Generate E-Faktur No</source>
        <translation>Buat No. E-Faktur</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="54"/>
        <location filename="../../ui/billing_detail.py" line="503"/>
        <source>Cancel E-Faktur No</source>
        <translation>Batalkan No. E-Faktur</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="75"/>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="89"/>
        <source>Billing Details</source>
        <translation>Rincian Tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="92"/>
        <location filename="../../ui/billing_form.py" line="87"/>
        <location filename="../../ui/billing_form.py" line="167"/>
        <location filename="../../ui/core_words.py" line="22"/>
        <location filename="../../ui/import_dialog.py" line="148"/>
        <location filename="../../ui/main_window.py" line="87"/>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="93"/>
        <location filename="../../ui/billing_form.py" line="171"/>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="94"/>
        <source>NPWP / NIK</source>
        <translation>NPWP / NIK</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="95"/>
        <location filename="../../ui/billing_form.py" line="173"/>
        <location filename="../../ui/export_tab.py" line="43"/>
        <location filename="../../ui/import_dialog.py" line="149"/>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Invoice Date</source>
        <translation>Tanggal Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="96"/>
        <location filename="../../ui/billing_form.py" line="175"/>
        <location filename="../../ui/export_tab.py" line="44"/>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Due Date</source>
        <translation>Jatuh Tempo</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="97"/>
        <location filename="../../ui/import_dialog.py" line="150"/>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Invoice Tax</source>
        <translation>Pajak Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="98"/>
        <location filename="../../ui/core_words.py" line="27"/>
        <location filename="../../ui/export_tab.py" line="41"/>
        <location filename="../../ui/main_window.py" line="96"/>
        <location filename="../../ui/main_window.py" line="128"/>
        <location filename="../../ui/main_window.py" line="140"/>
        <location filename="../../ui/main_window.py" line="448"/>
        <location filename="../../ui/number_dialog.py" line="59"/>
        <location filename="../../ui/upload_dialog.py" line="29"/>
        <location filename="../../app/efaktur_no.py" line="90"/>
        <location filename="../../app/efaktur_no.py" line="125"/>
        <source>E-Faktur No</source>
        <translation>No. E-Faktur</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="99"/>
        <source>e-Faktur file</source>
        <translation>Berkas e-Faktur</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="106"/>
        <source>Amounts</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="111"/>
        <location filename="../../ui/billing_form.py" line="140"/>
        <location filename="../../ui/import_dialog.py" line="152"/>
        <location filename="../../ui/main_window.py" line="90"/>
        <location filename="../../ui/payment_dialog.py" line="48"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="112"/>
        <location filename="../../ui/core_words.py" line="12"/>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="126"/>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="126"/>
        <location filename="../../ui/billing_form.py" line="49"/>
        <source>Quantity</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="126"/>
        <location filename="../../ui/billing_form.py" line="50"/>
        <source>Unit Price</source>
        <translation>Harga Satuan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="126"/>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="126"/>
        <location filename="../../ui/billing_form.py" line="53"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="140"/>
        <location filename="../../ui/history_tab.py" line="30"/>
        <location filename="../../ui/number_dialog.py" line="104"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="140"/>
        <location filename="../../ui/history_tab.py" line="33"/>
        <location filename="../../ui/number_dialog.py" line="104"/>
        <source>What happened</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="153"/>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="156"/>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="181"/>
        <source>Choose E-Faktur No…</source>
        <translation>Pilih No. E-Faktur…</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="192"/>
        <source>Billing {invoice_no}</source>
        <translation>Tagihan {invoice_no}</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="202"/>
        <source>NPWP {npwp}</source>
        <translation>NPWP {npwp}</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="210"/>
        <source>On, transaction code {transaction_code}, PPN {label}</source>
        <translation>Aktif, kode transaksi {transaction_code}, PPN {label}</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="215"/>
        <location filename="../../ui/import_dialog.py" line="139"/>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Off</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="219"/>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Not set</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="225"/>
        <source>Uploaded on {uploaded_on}</source>
        <translation>Diunggah pada {uploaded_on}</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="227"/>
        <source>Not uploaded</source>
        <translation>Belum diunggah</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="285"/>
        <source>Pick a specific available number</source>
        <translation>Pilih nomor tertentu yang tersedia</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="300"/>
        <source>&lt;b&gt;{text}&lt;/b&gt; is not available: {reason}</source>
        <translation>&lt;b&gt;{text}&lt;/b&gt; tidak tersedia: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="340"/>
        <source>Edit billing</source>
        <translation>Ubah tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="351"/>
        <source>{invoice_no} is a copy of {original}, saved as Draft. It is shown now.</source>
        <translation>{invoice_no} adalah salinan {original}, disimpan sebagai Draf. Sekarang ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="355"/>
        <source>Duplicate billing</source>
        <translation>Gandakan tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="356"/>
        <source>Make a Draft copy of billing {original}?</source>
        <translation>Buat salinan Draf dari tagihan {original}?</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="364"/>
        <source>Delete billing</source>
        <translation>Hapus tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="369"/>
        <source>Delete billing {invoice_no} and its lines? This cannot be undone.</source>
        <translation>Hapus tagihan {invoice_no} beserta barisnya? Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="382"/>
        <source>Billing {invoice_no} has been deleted.</source>
        <translation>Tagihan {invoice_no} telah dihapus.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="394"/>
        <location filename="../../ui/payment_dialog.py" line="56"/>
        <source>Record Payment</source>
        <translation>Catat Pembayaran</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="409"/>
        <source>{invoice_no} is issued with E-Faktur No {number}.</source>
        <translation>{invoice_no} diterbitkan dengan No. E-Faktur {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="412"/>
        <source>{invoice_no} is issued.</source>
        <translation>{invoice_no} diterbitkan.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="415"/>
        <source>Issue billing</source>
        <translation>Terbitkan tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="416"/>
        <source>Issue billing {invoice_no}?</source>
        <translation>Terbitkan tagihan {invoice_no}?</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="424"/>
        <source>Billing {invoice_no} has been cancelled.</source>
        <translation>Tagihan {invoice_no} telah dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="429"/>
        <source>Cancel billing</source>
        <translation>Batalkan tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="430"/>
        <source>Are you sure you want to cancel billing {invoice_no}?</source>
        <translation>Yakin ingin membatalkan tagihan {invoice_no}?</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="439"/>
        <source>E-Faktur No {number} has been generated for {invoice_no}.</source>
        <translation>No. E-Faktur {number} telah dibuat untuk {invoice_no}.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="445"/>
        <source>Generate an E-Faktur No for billing {invoice_no}?</source>
        <translation>Buat No. E-Faktur untuk tagihan {invoice_no}?</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="454"/>
        <source>Choose E-Faktur No</source>
        <translation>Pilih No. E-Faktur</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="461"/>
        <source>No E-Faktur No may be used on a faktur dated {invoice_date}.</source>
        <translation>Tidak ada No. E-Faktur yang boleh dipakai pada faktur bertanggal {invoice_date}.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="470"/>
        <source>E-Faktur No for {invoice_no} (available numbers for {invoice_date}, smallest first; you may type another):</source>
        <translation>No. E-Faktur untuk {invoice_no} (nomor tersedia untuk {invoice_date}, terkecil di atas; Anda boleh mengetik yang lain):</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="480"/>
        <source>E-Faktur No {number} has been given to {invoice_no}.</source>
        <translation>No. E-Faktur {number} telah diberikan kepada {invoice_no}.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="486"/>
        <source>Give E-Faktur No {picked} to billing {invoice_no}?</source>
        <translation>Berikan No. E-Faktur {picked} kepada tagihan {invoice_no}?</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="498"/>
        <source>E-Faktur No {number} has been cancelled and is available again.</source>
        <translation>No. E-Faktur {number} telah dibatalkan dan tersedia lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_detail.py" line="505"/>
        <source>Are you sure you want to cancel E-Faktur No {efaktur_number} of billing {invoice_no}? The number goes back to the pool for another invoice.</source>
        <translation>Yakin ingin membatalkan No. E-Faktur {efaktur_number} dari tagihan {invoice_no}? Nomor itu kembali ke persediaan untuk invoice lain.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="47"/>
        <source>Item Code</source>
        <translation>Kode Barang</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="48"/>
        <source>Item Name</source>
        <translation>Nama Barang</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="51"/>
        <source>Disc. %</source>
        <translation>Disk. %</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="52"/>
        <source>Luxury</source>
        <translation>Mewah</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="88"/>
        <location filename="../../ui/main_window.py" line="830"/>
        <source>New Customer…</source>
        <translation>Pelanggan Baru…</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="99"/>
        <source>Invoice Tax (PPN, with an E-Faktur No)</source>
        <translation>Pajak Invoice (PPN, dengan No. E-Faktur)</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="103"/>
        <source>Prices include PPN</source>
        <translation>Harga termasuk PPN</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="128"/>
        <source>Add Line</source>
        <translation>Tambah Baris</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="132"/>
        <source>Remove Line</source>
        <translation>Hapus Baris</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="138"/>
        <source>Totals</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="154"/>
        <source>Save as Draft</source>
        <translation>Simpan sebagai Draf</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="157"/>
        <source>Save as Proforma</source>
        <translation>Simpan sebagai Proforma</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="160"/>
        <location filename="../../ui/billing_form.py" line="462"/>
        <source>Save and Issue</source>
        <translation>Simpan dan Terbitkan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="169"/>
        <location filename="../../ui/core_words.py" line="35"/>
        <location filename="../../ui/export_tab.py" line="42"/>
        <location filename="../../ui/import_dialog.py" line="147"/>
        <location filename="../../ui/main_window.py" line="86"/>
        <location filename="../../ui/main_window.py" line="136"/>
        <location filename="../../ui/main_window.py" line="141"/>
        <location filename="../../ui/number_dialog.py" line="72"/>
        <location filename="../../ui/upload_dialog.py" line="30"/>
        <source>Invoice No</source>
        <translation>No. Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="178"/>
        <location filename="../../ui/customer_dialog.py" line="60"/>
        <source>Transaction Code</source>
        <translation>Kode Transaksi</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="181"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="187"/>
        <source>&lt;b&gt;Lines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Baris&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="201"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="223"/>
        <source>New Billing</source>
        <translation>Tagihan Baru</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="254"/>
        <source>Edit Billing {invoice_no}</source>
        <translation>Ubah Tagihan {invoice_no}</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="290"/>
        <source>Luxury goods (PPnBM): 12% of the full DPP from 1 February 2025</source>
        <translation>Barang mewah (PPnBM): 12% dari DPP penuh mulai 1 Februari 2025</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="352"/>
        <source>unit price</source>
        <translation>harga satuan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="358"/>
        <source>Line {value}: enter the {label}.</source>
        <translation>Baris {value}: isi {label}.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="365"/>
        <source>Line {value}, {label}: {exc}</source>
        <translation>Baris {value}, {label}: {exc}</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="413"/>
        <source>PPN (Invoice Tax off)</source>
        <translation>PPN (Pajak Invoice nonaktif)</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="427"/>
        <source>Choose the customer from the list, or add a New Customer.</source>
        <translation>Pilih pelanggan dari daftar, atau tambahkan Pelanggan Baru.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="452"/>
        <location filename="../../ui/core_words.py" line="8"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="452"/>
        <location filename="../../ui/core_words.py" line="9"/>
        <source>Proforma</source>
        <translation>Proforma</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="455"/>
        <source>{invoice_no} saved as {label}.</source>
        <translation>{invoice_no} disimpan sebagai {label}.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="468"/>
        <source> It takes the next E-Faktur No now.</source>
        <translation> Tagihan ini mengambil No. E-Faktur berikutnya sekarang.</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="472"/>
        <source>Issue billing {strip} to the customer?{takes}</source>
        <translation>Terbitkan tagihan {strip} kepada pelanggan?{takes}</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="482"/>
        <source>Nothing was saved.

{message}</source>
        <translation>Tidak ada yang disimpan.

{message}</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="486"/>
        <source>{invoice_no} is issued</source>
        <translation>{invoice_no} diterbitkan</translation>
    </message>
    <message>
        <location filename="../../ui/billing_form.py" line="488"/>
        <source> with E-Faktur No {number}.</source>
        <translation> dengan No. E-Faktur {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="37"/>
        <location filename="../../ui/customer_dialog.py" line="45"/>
        <source>PT Contoh Sejahtera</source>
        <translation>PT Contoh Sejahtera</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="38"/>
        <source>15 or 16 digits, as on the NPWP card</source>
        <translation>15 atau 16 digit, seperti pada kartu NPWP</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="39"/>
        <location filename="../../ui/customer_dialog.py" line="50"/>
        <source>as registered with DJP</source>
        <translation>seperti terdaftar di DJP</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="48"/>
        <source>Seller (PKP) on every faktur</source>
        <translation>Penjual (PKP) pada setiap faktur</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="50"/>
        <source>Company Name</source>
        <translation>Nama Perusahaan</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="51"/>
        <location filename="../../ui/core_words.py" line="32"/>
        <location filename="../../ui/customers_tab.py" line="21"/>
        <location filename="../../ui/export_tab.py" line="48"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="52"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="53"/>
        <location filename="../../ui/customer_dialog.py" line="47"/>
        <location filename="../../ui/customers_tab.py" line="24"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="54"/>
        <source>Invoice numbers</source>
        <translation>Nomor invoice</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="56"/>
        <source>Pattern</source>
        <translation>Pola</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="57"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="73"/>
        <source>&lt;span style=&apos;color:{PROBLEM_COLOUR}&apos;&gt;{message}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{PROBLEM_COLOUR}&apos;&gt;{message}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="96"/>
        <source>Company &amp; Numbering</source>
        <translation>Perusahaan &amp; Penomoran</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="116"/>
        <source>Company and invoice numbering saved.</source>
        <translation>Perusahaan dan penomoran invoice disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="10"/>
        <source>Unpaid</source>
        <translation>Belum Dibayar</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="11"/>
        <source>Partially Paid</source>
        <translation>Dibayar Sebagian</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="13"/>
        <source>Overdue</source>
        <translation>Lewat Jatuh Tempo</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="14"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="15"/>
        <source>Automatic (daily)</source>
        <translation>Otomatis (harian)</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="16"/>
        <source>Backed up by you</source>
        <translation>Dicadangkan oleh Anda</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="17"/>
        <source>Before an upgrade</source>
        <translation>Sebelum pembaruan</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="18"/>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="19"/>
        <source>Billing</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="20"/>
        <location filename="../../ui/number_dialog.py" line="62"/>
        <source>Range</source>
        <translation>Rentang</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="21"/>
        <location filename="../../ui/main_window.py" line="158"/>
        <location filename="../../ui/number_dialog.py" line="85"/>
        <location filename="../../ui/upload_dialog.py" line="27"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="23"/>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="24"/>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="25"/>
        <location filename="../../ui/import_dialog.py" line="44"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="26"/>
        <source>Book</source>
        <translation>Buku</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="28"/>
        <location filename="../../ui/number_dialog.py" line="72"/>
        <source>Given back</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="29"/>
        <location filename="../../ui/customers_tab.py" line="26"/>
        <source>Taxable</source>
        <translation>Kena Pajak</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="30"/>
        <source>DPP</source>
        <translation>DPP</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="31"/>
        <source>PPN</source>
        <translation>PPN</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="33"/>
        <location filename="../../ui/customers_tab.py" line="22"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="34"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="38"/>
        <source>Ranges</source>
        <translation>Rentang</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="39"/>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="40"/>
        <source>Exports</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="41"/>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>E-Faktur Files</source>
        <translation>Berkas E-Faktur</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="42"/>
        <location filename="../../ui/main_window.py" line="452"/>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="43"/>
        <source>Company, Settings &amp; Book</source>
        <translation>Perusahaan, Pengaturan &amp; Buku</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="44"/>
        <location filename="../../ui/year_end_dialog.py" line="106"/>
        <location filename="../../ui/year_end_dialog.py" line="114"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="45"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="46"/>
        <location filename="../../ui/customers_tab.py" line="26"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="47"/>
        <location filename="../../ui/customers_tab.py" line="26"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="48"/>
        <location filename="../../ui/upload_dialog.py" line="70"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="49"/>
        <location filename="../../ui/upload_dialog.py" line="70"/>
        <source>Replacement</source>
        <translation>Pengganti</translation>
    </message>
    <message>
        <location filename="../../ui/core_words.py" line="50"/>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="40"/>
        <source>New Customer</source>
        <translation>Pelanggan Baru</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="40"/>
        <location filename="../../ui/main_window.py" line="1365"/>
        <source>Edit Customer</source>
        <translation>Ubah Pelanggan</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="45"/>
        <location filename="../../ui/customers_tab.py" line="20"/>
        <location filename="../../ui/export_tab.py" line="45"/>
        <source>Customer Name</source>
        <translation>Nama Pelanggan</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="46"/>
        <location filename="../../ui/customers_tab.py" line="23"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="46"/>
        <source>finance@contoh.co.id</source>
        <translation>keuangan@contoh.co.id</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="48"/>
        <source>01.234.567.4-411.000 (15 or 16 digits)</source>
        <translation>01.234.567.4-411.000 (15 atau 16 digit)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="49"/>
        <location filename="../../ui/export_tab.py" line="46"/>
        <source>NPWP Name</source>
        <translation>Nama NPWP</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="49"/>
        <source>as on the NPWP card (the name if empty)</source>
        <translation>seperti pada kartu NPWP (nama pelanggan bila kosong)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="50"/>
        <source>NPWP Address</source>
        <translation>Alamat NPWP</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="51"/>
        <source>16 digits, for a buyer without NPWP</source>
        <translation>16 digit, untuk pembeli tanpa NPWP</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="61"/>
        <source>Taxable company: new billings start with Invoice Tax on</source>
        <translation>Perusahaan kena pajak: tagihan baru dimulai dengan Pajak Invoice aktif</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="103"/>
        <source>Customer {name} added.</source>
        <translation>Pelanggan {name} ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="105"/>
        <source>Customer {name} saved.</source>
        <translation>Pelanggan {name} disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_tab.py" line="25"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/customers_tab.py" line="34"/>
        <source>Search by name, e-mail, NPWP or NIK</source>
        <translation>Cari menurut nama, e-mail, NPWP atau NIK</translation>
    </message>
    <message>
        <location filename="../../ui/customers_tab.py" line="41"/>
        <source>&lt;b&gt;Customers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pelanggan&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/customers_tab.py" line="56"/>
        <source>1 customer</source>
        <translation>1 pelanggan</translation>
    </message>
    <message>
        <location filename="../../ui/customers_tab.py" line="56"/>
        <source>{n:,} customers</source>
        <translation>{n:,} pelanggan</translation>
    </message>
    <message>
        <location filename="../../ui/customers_tab.py" line="57"/>
        <source> matching “{text}”</source>
        <translation> yang cocok dengan “{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="34"/>
        <source>All dates</source>
        <translation>Semua tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="35"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="36"/>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="37"/>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="38"/>
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="39"/>
        <source>Dates…</source>
        <translation>Tanggal…</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="69"/>
        <location filename="../../ui/dates.py" line="77"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="79"/>
        <location filename="../../ui/year_end_dialog.py" line="42"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="79"/>
        <location filename="../../ui/year_end_dialog.py" line="42"/>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="36"/>
        <location filename="../../ui/formatting.py" line="111"/>
        <location filename="../../ui/number_dialog.py" line="85"/>
        <source>Uploaded</source>
        <translation>Diunggah</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="37"/>
        <location filename="../../ui/export_tab.py" line="93"/>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="37"/>
        <location filename="../../ui/export_tab.py" line="92"/>
        <source>Not Exported</source>
        <translation>Belum Diekspor</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="54"/>
        <source>Invoice Status</source>
        <translation>Status Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="60"/>
        <location filename="../../ui/export_tab.py" line="130"/>
        <source>Export Status</source>
        <translation>Status Ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="65"/>
        <source>Last exported {exported_at}</source>
        <translation>Terakhir diekspor {exported_at}</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="81"/>
        <location filename="../../ui/export_tab.py" line="123"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="82"/>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="84"/>
        <source>Export a range of dates instead of one month</source>
        <translation>Ekspor rentang tanggal, bukan satu bulan</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="91"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="94"/>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Search by Invoice No or Customer</source>
        <translation>Cari menurut No. Invoice atau Pelanggan</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="103"/>
        <source>Select &amp;All</source>
        <translation>Pilih &amp;Semua</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="106"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="111"/>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="114"/>
        <location filename="../../ui/main_window.py" line="561"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="121"/>
        <source>&lt;b&gt;Export CSV&lt;/b&gt; for e-Faktur desktop</source>
        <translation>&lt;b&gt;Ekspor CSV&lt;/b&gt; untuk e-Faktur desktop</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="127"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="181"/>
        <source>{shown:,} billings dated {first} to {last}</source>
        <translation>{shown:,} tagihan bertanggal {first} sampai {last}</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="185"/>
        <source>No billing dated {first} to {last} matches.</source>
        <translation>Tidak ada tagihan bertanggal {first} sampai {last} yang cocok.</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="204"/>
        <source>Export the {selected:,} selected billings</source>
        <translation>Ekspor {selected:,} tagihan terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="206"/>
        <source>Select billings first</source>
        <translation>Pilih tagihan lebih dulu</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="211"/>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="214"/>
        <source>Select the billings to export first.</source>
        <translation>Pilih tagihan yang akan diekspor lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="222"/>
        <source>None of the selected billings can be exported.

{reasons}</source>
        <translation>Tidak satu pun tagihan terpilih dapat diekspor.

{reasons}</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="234"/>
        <source>These billings were exported before:
{listed}

Export them again? Choose No to leave them out.</source>
        <translation>Tagihan ini sudah pernah diekspor:
{listed}

Ekspor lagi? Pilih Tidak untuk melewatinya.</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="243"/>
        <source>e-Faktur CSV (*.csv)</source>
        <translation>CSV e-Faktur (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="255"/>
        <source>{fakturs:,} faktur written to {name}.</source>
        <translation>{fakturs:,} faktur ditulis ke {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="260"/>
        <source>

Left out:
{reasons}</source>
        <translation>

Dilewati:
{reasons}</translation>
    </message>
    <message>
        <location filename="../../ui/export_tab.py" line="262"/>
        <source>{fakturs:,} faktur exported to {path}</source>
        <translation>{fakturs:,} faktur diekspor ke {path}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="51"/>
        <source>Another E-Faktur Desk window has this book open, so it is read-only here. Make changes in that window.</source>
        <translation>Jendela E-Faktur Desk lain sedang membuka buku ini, jadi di sini hanya-baca. Lakukan perubahan di jendela itu.</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="97"/>
        <source>to a non-collector buyer</source>
        <translation>kepada pembeli bukan pemungut</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="98"/>
        <source>to a government treasurer</source>
        <translation>kepada bendahara pemerintah</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="99"/>
        <source>to a non-treasurer collector</source>
        <translation>kepada pemungut selain bendahara</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="100"/>
        <source>DPP other value</source>
        <translation>DPP nilai lain</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="101"/>
        <source>deemed rate</source>
        <translation>besaran tertentu</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="102"/>
        <source>other deliveries (tourists, etc.)</source>
        <translation>penyerahan lainnya (turis, dll.)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="103"/>
        <source>VAT not collected</source>
        <translation>PPN tidak dipungut</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="104"/>
        <source>VAT exempt</source>
        <translation>PPN dibebaskan</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="105"/>
        <source>assets (Pasal 16D)</source>
        <translation>aktiva (Pasal 16D)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="109"/>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="110"/>
        <location filename="../../ui/number_dialog.py" line="72"/>
        <source>Assigned</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="112"/>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="122"/>
        <source>Never used, and its year is over: delete it in e-Faktur desktop (Year End).</source>
        <translation>Tidak pernah dipakai, dan tahunnya sudah lewat: hapus di e-Faktur desktop (Akhir Tahun).</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="124"/>
        <source>DJP approved the faktur: this number is spent for good.</source>
        <translation>DJP sudah menyetujui fakturnya: nomor ini terpakai selamanya.</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="31"/>
        <location filename="../../ui/history_tab.py" line="99"/>
        <location filename="../../ui/history_tab.py" line="122"/>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="38"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="40"/>
        <source>Changed</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="56"/>
        <source>{label} changed</source>
        <translation>{label} berubah</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="68"/>
        <source>Why: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="71"/>
        <source>Changed:</source>
        <translation>Berubah:</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="75"/>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="75"/>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="100"/>
        <source>Everything</source>
        <translation>Semuanya</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="106"/>
        <source>Search what happened and why</source>
        <translation>Cari kejadian dan alasannya</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="113"/>
        <source>The chosen entry in full</source>
        <translation>Catatan terpilih selengkapnya</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="115"/>
        <source>Choose an entry to see it in full.</source>
        <translation>Pilih catatan untuk melihatnya selengkapnya.</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="120"/>
        <source>&lt;b&gt;History&lt;/b&gt; of every change, kept by the book</source>
        <translation>&lt;b&gt;Riwayat&lt;/b&gt; setiap perubahan, disimpan oleh buku</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="150"/>
        <source>1 entry</source>
        <translation>1 catatan</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="150"/>
        <source>{n:,} entries</source>
        <translation>{n:,} catatan</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="32"/>
        <source>Import Billings — {file_name}</source>
        <translation>Impor Tagihan — {file_name}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="79"/>
        <source>&lt;b style=&apos;color:{PROBLEM_COLOUR}&apos;&gt;{problems} in {file_name}. Nothing will be imported&lt;/b&gt; until the file is corrected: fix these rows in your spreadsheet, save it, and import it again.</source>
        <translation>&lt;b style=&apos;color:{PROBLEM_COLOUR}&apos;&gt;{problems} di {file_name}. Tidak ada yang diimpor&lt;/b&gt; sampai berkas diperbaiki: perbaiki baris-baris ini di spreadsheet Anda, simpan, lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="84"/>
        <source>1 problem</source>
        <translation>1 masalah</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="84"/>
        <source>{n:,} problems</source>
        <translation>{n:,} masalah</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="90"/>
        <location filename="../../ui/import_dialog.py" line="146"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="90"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="90"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="95"/>
        <source>Correct the file first: the import is all or nothing.</source>
        <translation>Perbaiki berkasnya dulu: impor berlaku semua atau tidak sama sekali.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="104"/>
        <source>&lt;b&gt;{billings}&lt;/b&gt; with {lines}, total {total}, will be imported as &lt;b&gt;Draft&lt;/b&gt;</source>
        <translation>&lt;b&gt;{billings}&lt;/b&gt; dengan {lines}, total {total}, akan diimpor sebagai &lt;b&gt;Draf&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="107"/>
        <location filename="../../ui/main_window.py" line="857"/>
        <location filename="../../app/parties.py" line="202"/>
        <source>1 billing</source>
        <translation>1 tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="107"/>
        <location filename="../../ui/main_window.py" line="857"/>
        <location filename="../../app/parties.py" line="202"/>
        <source>{n:,} billings</source>
        <translation>{n:,} tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="109"/>
        <source>1 line</source>
        <translation>1 baris</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="109"/>
        <source>{n:,} lines</source>
        <translation>{n:,} baris</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="113"/>
        <source>; {customers} will be added</source>
        <translation>; {customers} akan ditambahkan</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="115"/>
        <source>1 new customer</source>
        <translation>1 pelanggan baru</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="115"/>
        <source>{n:,} new customers</source>
        <translation>{n:,} pelanggan baru</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="121"/>
        <source>. Nothing is written until you click Import.</source>
        <translation>. Tidak ada yang ditulis sampai Anda mengklik Impor.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="131"/>
        <source>{name} (new)</source>
        <translation>{name} (baru)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="139"/>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>On</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="162"/>
        <location filename="../../ui/import_dialog.py" line="173"/>
        <location filename="../../ui/main_window.py" line="1284"/>
        <location filename="../../ui/main_window.py" line="1293"/>
        <source>Import Billings</source>
        <translation>Impor Tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>{billings:,} billings imported as Draft from {file_name}</source>
        <translation>{billings:,} tagihan diimpor sebagai Draf dari {file_name}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="167"/>
        <source> ({new_customers:,} new customers).</source>
        <translation> ({new_customers:,} pelanggan baru).</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="50"/>
        <source>Welcome to E-Faktur Desk</source>
        <translation>Selamat datang di E-Faktur Desk</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="52"/>
        <source>There is no book yet. Start with an empty book for your company, or look around in the demo book first (you can open your own book later).</source>
        <translation>Belum ada buku. Mulailah dengan buku kosong untuk perusahaan Anda, atau lihat-lihat dulu di buku demo (buku Anda sendiri bisa dibuka nanti).</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="55"/>
        <source>Empty book</source>
        <translation>Buku kosong</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="55"/>
        <source>Demo book</source>
        <translation>Buku demo</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="103"/>
        <source>The disk is full, so this was not saved. Free some space on the disk and try again. Nothing was changed.</source>
        <translation>Disk penuh, jadi ini tidak disimpan. Kosongkan sebagian ruang disk lalu coba lagi. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="110"/>
        <source>The disk is full (or failing), so this change was not saved. Free some space on the disk the book is on and try again. Nothing was changed.</source>
        <translation>Disk penuh (atau rusak), jadi perubahan ini tidak disimpan. Kosongkan sebagian ruang pada disk tempat buku berada lalu coba lagi. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="115"/>
        <source>The book is read-only here, so this change was not saved. Nothing was changed.</source>
        <translation>Buku ini hanya-baca di sini, jadi perubahan ini tidak disimpan. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="119"/>
        <source>Another program is holding the book (a backup or sync tool, perhaps), so this change was not saved. Try again in a moment. Nothing was changed.</source>
        <translation>Program lain sedang memegang buku (mungkin alat cadangan atau sinkronisasi), jadi perubahan ini tidak disimpan. Coba lagi sebentar lagi. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="135"/>
        <source>Not Saved</source>
        <translation>Tidak Disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="138"/>
        <source>The details are in {kind}.</source>
        <translation>Rinciannya ada di {kind}.</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="143"/>
        <source>The details could not be written to the log.</source>
        <translation>Rinciannya tidak dapat ditulis ke log.</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="146"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="148"/>
        <source>E-Faktur Desk hit an unexpected problem and did not finish that step:
{error}

{where} Nothing half-done was saved.</source>
        <translation>E-Faktur Desk mengalami masalah tak terduga dan tidak menyelesaikan langkah itu:
{error}

{where} Tidak ada yang tersimpan setengah jadi.</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="174"/>
        <location filename="../../ui/launch.py" line="187"/>
        <source>Book Already Open</source>
        <translation>Buku Sudah Terbuka</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="176"/>
        <source>{name} is already open in another E-Faktur Desk window. Two windows writing to one book could undo each other&apos;s work, so only that window may change it.

Bring that window to the front, or open the book here read-only to look things up.</source>
        <translation>{name} sudah terbuka di jendela E-Faktur Desk lain. Dua jendela yang menulis ke satu buku bisa saling membatalkan pekerjaan, jadi hanya jendela itu yang boleh mengubahnya.

Tampilkan jendela itu ke depan, atau buka buku di sini hanya-baca untuk melihat-lihat.</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="181"/>
        <source>Bring It to Front</source>
        <translation>Tampilkan ke Depan</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="181"/>
        <source>Open Read-Only</source>
        <translation>Buka Hanya-Baca</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="189"/>
        <source>The other window did not answer. If it is not open any more, wait a few seconds and start E-Faktur Desk again.</source>
        <translation>Jendela lain tidak menjawab. Bila sudah tidak terbuka, tunggu beberapa detik lalu jalankan E-Faktur Desk lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="212"/>
        <source>{chosen} is already open in another E-Faktur Desk window.</source>
        <translation>{chosen} sudah terbuka di jendela E-Faktur Desk lain.</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="225"/>
        <source>The Book Cannot Be Opened</source>
        <translation>Buku Tidak Dapat Dibuka</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>E-Faktur No {released_efaktur_no} was given back and may serve another invoice</source>
        <translation>No. E-Faktur {released_efaktur_no} sudah dikembalikan dan boleh dipakai invoice lain</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <location filename="../../ui/range_dialog.py" line="79"/>
        <source>Year Period</source>
        <translation>Periode Tahun</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <location filename="../../ui/range_dialog.py" line="80"/>
        <source>Start Number</source>
        <translation>Nomor Awal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <location filename="../../ui/range_dialog.py" line="81"/>
        <source>End Number</source>
        <translation>Nomor Akhir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <location filename="../../ui/range_dialog.py" line="84"/>
        <source>Total Number</source>
        <translation>Jumlah Nomor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <location filename="../../ui/range_dialog.py" line="85"/>
        <source>Available Number</source>
        <translation>Nomor Tersedia</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Grant Letter</source>
        <translation>Surat Pemberian</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <location filename="../../ui/payment_dialog.py" line="53"/>
        <location filename="../../ui/range_dialog.py" line="83"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <location filename="../../ui/main_window.py" line="210"/>
        <location filename="../../ui/number_dialog.py" line="60"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Uploaded At</source>
        <translation>Diunggah Pada</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <location filename="../../ui/upload_dialog.py" line="31"/>
        <source>E-Faktur Status</source>
        <translation>Status E-Faktur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Withdrawn: {withdrawn_reason}. The number stays uploaded.</source>
        <translation>Ditarik: {withdrawn_reason}. Nomornya tetap berstatus diunggah.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>All states</source>
        <translation>Semua keadaan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Find number: 000-{yy:02d}.12345619 or 010.000-{yy:02d}.12345619</source>
        <translation>Cari nomor: 000-{yy:02d}.12345619 atau 010.000-{yy:02d}.12345619</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>All ranges</source>
        <translation>Semua rentang</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <location filename="../../ui/year_end_dialog.py" line="33"/>
        <location filename="../../ui/year_end_dialog.py" line="53"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&lt;b&gt;E-Faktur No ranges&lt;/b&gt; granted by DJP (e-Nofa)</source>
        <translation>&lt;b&gt;Rentang No. E-Faktur&lt;/b&gt; yang diberikan DJP (e-Nofa)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Numbers of range {start} .. {end}</source>
        <translation>Nomor dalam rentang {start} .. {end}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Numbers of all ranges</source>
        <translation>Nomor dari semua rentang</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Available for {year}: {available:,} of {total:,}</source>
        <translation>Tersedia untuk {year}: {available:,} dari {total:,}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>No range recorded for {year}. Available for {latest}: {available:,}</source>
        <translation>Belum ada rentang untuk {year}. Tersedia untuk {latest}: {available:,}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>No range recorded yet.</source>
        <translation>Belum ada rentang yang dicatat.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Search by Invoice No</source>
        <translation>Cari menurut No. Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>&lt;b&gt;e-Faktur files&lt;/b&gt; approved by DJP</source>
        <translation>&lt;b&gt;Berkas e-Faktur&lt;/b&gt; yang disetujui DJP</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>No e-Faktur file has been uploaded for “{text}”.</source>
        <translation>Belum ada berkas e-Faktur yang diunggah untuk “{text}”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>No e-Faktur file has been uploaded yet.</source>
        <translation>Belum ada berkas e-Faktur yang diunggah.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>&lt;b&gt;Billings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tagihan&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>{shown} · DPP {dpp} · PPN {ppn} · Total {total} · Paid {paid}</source>
        <translation>{shown} · DPP {dpp} · PPN {ppn} · Total {total} · Dibayar {paid}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>1 billing shown</source>
        <translation>1 tagihan ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>{n:,} billings shown</source>
        <translation>{n:,} tagihan ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>E-Faktur Desk — {name}</source>
        <translation>E-Faktur Desk — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441"/>
        <source> (read-only)</source>
        <translation> (hanya-baca)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>Usage</source>
        <translation>Pemakaian</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>&amp;Open Billing</source>
        <translation>&amp;Buka Tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="507"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="512"/>
        <source>+ Tax Number…</source>
        <translation>+ Nomor Pajak…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514"/>
        <source>Record a range of E-Faktur Nos granted by DJP (e-Nofa)</source>
        <translation>Catat rentang No. E-Faktur yang diberikan DJP (e-Nofa)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>Edit Range…</source>
        <translation>Ubah Rentang…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <location filename="../../ui/main_window.py" line="1003"/>
        <location filename="../../ui/main_window.py" line="1007"/>
        <location filename="../../ui/main_window.py" line="1017"/>
        <location filename="../../ui/main_window.py" line="1023"/>
        <source>Delete Range</source>
        <translation>Hapus Rentang</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <source>Threshold…</source>
        <translation>Ambang Batas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="523"/>
        <location filename="../../ui/threshold_dialog.py" line="31"/>
        <source>Warn when few E-Faktur Nos are left</source>
        <translation>Peringatkan bila No. E-Faktur tinggal sedikit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="524"/>
        <source>Year End…</source>
        <translation>Akhir Tahun…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="525"/>
        <source>A past year&apos;s unused numbers, to delete in e-Faktur</source>
        <translation>Nomor tahun lalu yang tidak terpakai, untuk dihapus di e-Faktur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="527"/>
        <source>Upload E-Faktur…</source>
        <translation>Unggah E-Faktur…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="529"/>
        <source>Attach the approved e-Faktur PDFs (a .zip or PDFs)</source>
        <translation>Lampirkan PDF e-Faktur yang disetujui (sebuah .zip atau PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <location filename="../../ui/main_window.py" line="1087"/>
        <source>Open File</source>
        <translation>Buka Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="534"/>
        <location filename="../../ui/main_window.py" line="1097"/>
        <location filename="../../ui/main_window.py" line="1101"/>
        <source>Open with System Viewer</source>
        <translation>Buka dengan Penampil Sistem</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="537"/>
        <source>Withdraw File…</source>
        <translation>Tarik Berkas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="551"/>
        <source>Number Details…</source>
        <translation>Rincian Nomor…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="564"/>
        <source>The CSV that e-Faktur desktop imports</source>
        <translation>CSV yang diimpor e-Faktur desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="566"/>
        <source>Generate E-Faktur No for Selected</source>
        <translation>Buat No. E-Faktur untuk yang Terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="591"/>
        <source>Company &amp;&amp; Numbering…</source>
        <translation>Perusahaan &amp;&amp; Penomoran…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="594"/>
        <source>The seller on every faktur, and how invoices are numbered</source>
        <translation>Penjual pada setiap faktur, dan cara invoice diberi nomor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="597"/>
        <source>Import Billings…</source>
        <translation>Impor Tagihan…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="600"/>
        <source>Billings from a .csv or .xlsx, one row per line; you see every problem first</source>
        <translation>Tagihan dari .csv atau .xlsx, satu baris per baris tagihan; Anda melihat setiap masalah lebih dulu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="603"/>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="607"/>
        <source>Company, numbering, warning, backups, language and data folder</source>
        <translation>Perusahaan, penomoran, peringatan, cadangan, bahasa dan folder data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="609"/>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="611"/>
        <source>Go to the search box of this tab</source>
        <translation>Ke kotak pencarian tab ini</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="613"/>
        <location filename="../../ui/main_window.py" line="1348"/>
        <source>Open Log Folder</source>
        <translation>Buka Folder Log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="615"/>
        <source>Where unexpected errors are written down</source>
        <translation>Tempat kesalahan tak terduga dicatat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="618"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="630"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="632"/>
        <source>&amp;E-Faktur</source>
        <translation>&amp;E-Faktur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>&amp;Billing</source>
        <translation>Ta&amp;gihan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="647"/>
        <source>&amp;Customer</source>
        <translation>&amp;Pelanggan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="648"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="680"/>
        <source>Generate No</source>
        <translation>Buat Nomor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="681"/>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="700"/>
        <source>Read-only. {reason}</source>
        <translation>Hanya-baca. {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="751"/>
        <source>Select a range in the E-Faktur No ranges table first.</source>
        <translation>Pilih rentang di tabel rentang No. E-Faktur lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="758"/>
        <source>Change range {start} .. {end}</source>
        <translation>Ubah rentang {start} .. {end}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="766"/>
        <source>{year} of this range was used, so the range stays; shrink its end instead.</source>
        <translation>{year} dari rentang ini sudah terpakai, jadi rentang tetap ada; perkecil ujungnya saja.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="768"/>
        <source>Delete range {start} .. {end}</source>
        <translation>Hapus rentang {start} .. {end}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="775"/>
        <source>Select a number first.</source>
        <translation>Pilih nomor lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="776"/>
        <source>Its state, the billings it served, its files and its history</source>
        <translation>Keadaannya, tagihan yang pernah memakainya, berkasnya dan riwayatnya</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="781"/>
        <source>Select a file first</source>
        <translation>Pilih berkas lebih dulu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="782"/>
        <source>Show the PDF here</source>
        <translation>Tampilkan PDF di sini</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="783"/>
        <source>Open the PDF in your PDF reader</source>
        <translation>Buka PDF di pembaca PDF Anda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="785"/>
        <source>{file_name} was already withdrawn</source>
        <translation>{file_name} sudah ditarik</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="792"/>
        <source>Take a wrongly attached file off the list (its number stays uploaded)</source>
        <translation>Keluarkan berkas yang salah lampir dari daftar (nomornya tetap berstatus diunggah)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="797"/>
        <source>New Billing…</source>
        <translation>Tagihan Baru…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="804"/>
        <source>Cancel Billing</source>
        <translation>Batalkan Tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="813"/>
        <source>Export List…</source>
        <translation>Ekspor Daftar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="833"/>
        <source>Edit Customer…</source>
        <translation>Ubah Pelanggan…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="836"/>
        <location filename="../../ui/main_window.py" line="1381"/>
        <source>Delete Customer</source>
        <translation>Hapus Pelanggan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="851"/>
        <location filename="../../ui/main_window.py" line="1365"/>
        <location filename="../../ui/main_window.py" line="1384"/>
        <source>Select a customer first.</source>
        <translation>Pilih pelanggan lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="854"/>
        <location filename="../../app/parties.py" line="200"/>
        <source>{name} has {billings}, so the customer stays.</source>
        <translation>{name} memiliki {billings}, jadi pelanggan tetap ada.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="872"/>
        <location filename="../../ui/main_window.py" line="1169"/>
        <location filename="../../ui/main_window.py" line="1403"/>
        <source>Select one or more billings first.</source>
        <translation>Pilih satu atau beberapa tagihan lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="877"/>
        <source> (and {value:,} more)</source>
        <translation> (dan {value:,} lagi)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="884"/>
        <location filename="../../ui/main_window.py" line="1435"/>
        <source>Select a billing first.</source>
        <translation>Pilih tagihan lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="902"/>
        <location filename="../../ui/main_window.py" line="1172"/>
        <source>1 selected billing</source>
        <translation>1 tagihan terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="902"/>
        <location filename="../../ui/main_window.py" line="1172"/>
        <source>{n:,} selected billings</source>
        <translation>{n:,} tagihan terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="907"/>
        <source>Issue the {n}; taxable ones take their E-Faktur No (all or none)</source>
        <translation>Terbitkan {n}; yang kena pajak mengambil No. E-Faktur (semua atau tidak sama sekali)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="912"/>
        <source>Cancel the {n} (all or none)</source>
        <translation>Batalkan {n} (semua atau tidak sama sekali)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="917"/>
        <source>Give the {n} their E-Faktur No, all or none</source>
        <translation>Berikan No. E-Faktur kepada {n}, semua atau tidak sama sekali</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="922"/>
        <source>Delete the {n}</source>
        <translation>Hapus {n}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="990"/>
        <source>Edit Range</source>
        <translation>Ubah Rentang</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="990"/>
        <location filename="../../ui/main_window.py" line="1003"/>
        <source>Select a range first.</source>
        <translation>Pilih rentang lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1009"/>
        <source>Delete range {start} .. {end} and its {total:,} numbers? None of them was ever used.</source>
        <translation>Hapus rentang {start} .. {end} beserta {total:,} nomornya? Tidak satu pun pernah dipakai.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1021"/>
        <source>Range {text} deleted.</source>
        <translation>Rentang {text} dihapus.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1023"/>
        <source>Range {text} has been deleted.</source>
        <translation>Rentang {text} telah dihapus.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1038"/>
        <source>Low-number warning saved.</source>
        <translation>Peringatan nomor menipis disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1056"/>
        <location filename="../../ui/upload_dialog.py" line="46"/>
        <location filename="../../ui/upload_dialog.py" line="109"/>
        <location filename="../../ui/upload_dialog.py" line="120"/>
        <source>Upload E-Faktur</source>
        <translation>Unggah E-Faktur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1056"/>
        <source>e-Faktur files (*.zip *.pdf);;All files (*)</source>
        <translation>Berkas e-Faktur (*.zip *.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1070"/>
        <location filename="../../ui/main_window.py" line="1112"/>
        <source>Select a file first.</source>
        <translation>Pilih berkas lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1077"/>
        <source>The stored copy of {file_name} is missing from {parent}.</source>
        <translation>Salinan tersimpan dari {file_name} tidak ada di {parent}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1091"/>
        <source>E-Faktur {faktur_no} — {invoice_no}</source>
        <translation>E-Faktur {faktur_no} — {invoice_no}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1102"/>
        <source>No program on this computer opens PDF files.</source>
        <translation>Tidak ada program di komputer ini yang membuka berkas PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1109"/>
        <source>Withdraw File</source>
        <translation>Tarik Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1117"/>
        <source>Why is {file_name} withdrawn?</source>
        <translation>Mengapa {file_name} ditarik?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1118"/>
        <source>Wrong file attached</source>
        <translation>Berkas yang dilampirkan salah</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1118"/>
        <source>A replacement faktur supersedes it</source>
        <translation>Digantikan faktur pengganti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1126"/>
        <source>Withdraw {file_name} from {invoice_no}? E-Faktur No {number} stays uploaded: DJP approved it, so it can never be given back.</source>
        <translation>Tarik {file_name} dari {invoice_no}? No. E-Faktur {number} tetap berstatus diunggah: DJP sudah menyetujuinya, jadi nomor itu tidak pernah bisa dikembalikan.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1139"/>
        <source>{file_name} withdrawn; {number} stays uploaded.</source>
        <translation>{file_name} ditarik; {number} tetap berstatus diunggah.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1189"/>
        <source>1 billing issued</source>
        <translation>1 tagihan diterbitkan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1189"/>
        <source>{n:,} billings issued</source>
        <translation>{n:,} tagihan diterbitkan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1194"/>
        <source>; {count:,} took E-Faktur No {span}</source>
        <translation>; {count:,} mengambil No. E-Faktur {span}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1200"/>
        <source>Issue billings</source>
        <translation>Terbitkan tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1202"/>
        <source>Issue the {noun}? The taxable ones take their E-Faktur No now; either all are issued or none is.</source>
        <translation>Terbitkan {noun}? Yang kena pajak mengambil No. E-Faktur sekarang; semuanya diterbitkan atau tidak satu pun.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1206"/>
        <source>No billing was issued.</source>
        <translation>Tidak ada tagihan yang diterbitkan.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1215"/>
        <source>1 billing cancelled</source>
        <translation>1 tagihan dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1216"/>
        <source>{n:,} billings cancelled</source>
        <translation>{n:,} tagihan dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1220"/>
        <source>Their E-Faktur Nos stay with them until you give each back (Cancel E-Faktur No).</source>
        <translation>No. E-Faktur-nya tetap melekat sampai Anda mengembalikan masing-masing (Batalkan No. E-Faktur).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1226"/>
        <source>Cancel billings</source>
        <translation>Batalkan tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1227"/>
        <source>Are you sure you want to cancel the {noun}? Either all are cancelled or none is.</source>
        <translation>Yakin ingin membatalkan {noun}? Semuanya dibatalkan atau tidak satu pun.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1229"/>
        <source>No billing was cancelled.</source>
        <translation>Tidak ada tagihan yang dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1239"/>
        <source>1 billing deleted</source>
        <translation>1 tagihan dihapus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1239"/>
        <source>{n:,} billings deleted</source>
        <translation>{n:,} tagihan dihapus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1245"/>
        <source>Delete billings</source>
        <translation>Hapus tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1246"/>
        <source>Delete the {noun} and their lines? This cannot be undone.</source>
        <translation>Hapus {noun} beserta barisnya? Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1248"/>
        <source>No billing was deleted.</source>
        <translation>Tidak ada tagihan yang dihapus.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1255"/>
        <source>Export List</source>
        <translation>Ekspor Daftar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1263"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1274"/>
        <source>{count:,} billings written to {name}.</source>
        <translation>{count:,} tagihan ditulis ke {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1284"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Spreadsheet (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1294"/>
        <source>Nothing was imported.

{message}</source>
        <translation>Tidak ada yang diimpor.

{message}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1322"/>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <location filename="../../ui/settings_dialog.py" line="184"/>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>Data Folder</source>
        <translation>Folder Data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1324"/>
        <source>E-Faktur Desk closes now, so that nothing more is written to the old folder. Start it again to work in the new one.</source>
        <translation>E-Faktur Desk ditutup sekarang, agar tidak ada lagi yang ditulis ke folder lama. Jalankan lagi untuk bekerja di folder baru.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1336"/>
        <source>This tab has nothing to search.</source>
        <translation>Tab ini tidak memiliki pencarian.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1348"/>
        <source>The log is in {folder}.</source>
        <translation>Log ada di {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1387"/>
        <source>Delete customer {name}?</source>
        <translation>Hapus pelanggan {name}?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1395"/>
        <source>Customer {name} deleted.</source>
        <translation>Pelanggan {name} dihapus.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1396"/>
        <source>Customer {name} has been deleted.</source>
        <translation>Pelanggan {name} telah dihapus.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1409"/>
        <source>Generate an E-Faktur No for each of the {ids:,} selected billings? Either all of them get one or none does.</source>
        <translation>Buat No. E-Faktur untuk masing-masing dari {ids:,} tagihan terpilih? Semuanya mendapat nomor atau tidak satu pun.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1418"/>
        <source>No number was generated.

{message}</source>
        <translation>Tidak ada nomor yang dibuat.

{message}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1424"/>
        <source>{done:,} E-Faktur No generated ({span}).</source>
        <translation>{done:,} No. E-Faktur dibuat ({span}).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1435"/>
        <source>Open Billing</source>
        <translation>Buka Tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/number_dialog.py" line="43"/>
        <source>E-Faktur No {number}</source>
        <translation>No. E-Faktur {number}</translation>
    </message>
    <message>
        <location filename="../../ui/number_dialog.py" line="56"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../ui/number_dialog.py" line="61"/>
        <source>On billing</source>
        <translation>Pada tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/number_dialog.py" line="91"/>
        <source> (withdrawn: {withdrawn_reason})</source>
        <translation> (ditarik: {withdrawn_reason})</translation>
    </message>
    <message>
        <location filename="../../ui/number_dialog.py" line="117"/>
        <source>&lt;b&gt;Billings it served&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tagihan yang pernah memakainya&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/number_dialog.py" line="120"/>
        <source>&lt;b&gt;E-Faktur files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Berkas E-Faktur&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/number_dialog.py" line="122"/>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Riwayat&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="35"/>
        <source>Record Payment — {invoice_no}</source>
        <translation>Catat Pembayaran — {invoice_no}</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="40"/>
        <source>Amount paid</source>
        <translation>Jumlah dibayar</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="45"/>
        <source>e.g. BCA transfer ref. 2611-0042</source>
        <translation>mis. ref. transfer BCA 2611-0042</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="49"/>
        <source>Paid so far</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="50"/>
        <source>Still owed</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="51"/>
        <source>Amount paid (Rp)</source>
        <translation>Jumlah dibayar (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="52"/>
        <source>Paid on</source>
        <translation>Dibayar pada</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="72"/>
        <source>{text} has cents; a payment is in whole rupiah.</source>
        <translation>{text} memiliki sen; pembayaran dalam rupiah bulat.</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="83"/>
        <source>fully paid</source>
        <translation>lunas</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="83"/>
        <source>partially paid</source>
        <translation>dibayar sebagian</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="85"/>
        <source>Payment of {money} recorded; {invoice_no} is {state}.</source>
        <translation>Pembayaran {money} dicatat; {invoice_no} {state}.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_viewer.py" line="31"/>
        <source>This file cannot be shown ({name}).</source>
        <translation>Berkas ini tidak dapat ditampilkan ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="17"/>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="18"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="19"/>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../ui/range_dialog.py" line="46"/>
        <source>Edit E-Faktur No Range</source>
        <translation>Ubah Rentang No. E-Faktur</translation>
    </message>
    <message>
        <location filename="../../ui/range_dialog.py" line="46"/>
        <source>+ Tax Number</source>
        <translation>+ Nomor Pajak</translation>
    </message>
    <message>
        <location filename="../../ui/range_dialog.py" line="56"/>
        <source>Dated</source>
        <translation>Bertanggal</translation>
    </message>
    <message>
        <location filename="../../ui/range_dialog.py" line="64"/>
        <source>e.g. e-Nofa letter S-0012/2026</source>
        <translation>mis. surat e-Nofa S-0012/2026</translation>
    </message>
    <message>
        <location filename="../../ui/range_dialog.py" line="60"/>
        <location filename="../../ui/range_dialog.py" line="82"/>
        <source>Grant letter</source>
        <translation>Surat pemberian</translation>
    </message>
    <message>
        <location filename="../../ui/range_dialog.py" line="93"/>
        <source>Enter the numbers as in DJP&apos;s e-Nofa letter; you may paste them.</source>
        <translation>Isi nomor seperti pada surat e-Nofa dari DJP; Anda boleh menempelkannya.</translation>
    </message>
    <message>
        <location filename="../../ui/range_dialog.py" line="125"/>
        <source>Numbers of this range were used, up to {year}: its Year Period and Start Number are fixed, and the end may not go below it.</source>
        <translation>Nomor rentang ini sudah terpakai, sampai {year}: Periode Tahun dan Nomor Awal tidak bisa diubah, dan ujungnya tidak boleh di bawahnya.</translation>
    </message>
    <message>
        <location filename="../../ui/range_dialog.py" line="165"/>
        <source>Range {rng} recorded: {total:,} numbers for {year}.</source>
        <translation>Rentang {rng} dicatat: {total:,} nomor untuk {year}.</translation>
    </message>
    <message>
        <location filename="../../ui/range_dialog.py" line="170"/>
        <source>Range {rng} saved: {total:,} numbers.</source>
        <translation>Rentang {rng} disimpan: {total:,} nomor.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="61"/>
        <location filename="../../ui/settings_dialog.py" line="67"/>
        <location filename="../../ui/settings_dialog.py" line="121"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <source>Rupiah and dates follow it at once (Rp 1.234.567 and 25 Des 2026 in Bahasa Indonesia; Rp 1,234,567 and 25 Dec 2026 in English); menus and windows change at the next start. System default follows the computer&apos;s language.</source>
        <translation>Rupiah dan tanggal langsung mengikutinya (Rp 1.234.567 dan 25 Des 2026 dalam Bahasa Indonesia; Rp 1,234,567 dan 25 Dec 2026 dalam bahasa Inggris); menu dan jendela berganti pada awal berikutnya. Bawaan sistem mengikuti bahasa komputer.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Move To…</source>
        <translation>Pindahkan Ke…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Use Standard Folder</source>
        <translation>Pakai Folder Standar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source>&lt;b&gt;Data folder&lt;/b&gt;: your book, its e-Faktur PDFs and logs</source>
        <translation>&lt;b&gt;Folder data&lt;/b&gt;: buku Anda, PDF e-Faktur-nya dan log</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>Moving copies the book and its PDFs to the folder you choose (a synced or backed-up drive, say) and uses that copy from the next start; the old folder is left as it was. A folder that already holds a book keeps it. Books opened with --db stay where they are.</source>
        <translation>Memindahkan menyalin buku dan PDF-nya ke folder pilihan Anda (misalnya drive yang disinkronkan atau dicadangkan) dan memakai salinan itu mulai awal berikutnya; folder lama dibiarkan apa adanya. Folder yang sudah berisi buku tetap memakai bukunya. Buku yang dibuka dengan --db tetap di tempatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Changes here are saved at once.</source>
        <translation>Perubahan di sini langsung disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>Company &amp;&amp; Numbering</source>
        <translation>Perusahaan &amp;&amp; Penomoran</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <location filename="../../ui/threshold_dialog.py" line="73"/>
        <source>Low-Number Warning</source>
        <translation>Peringatan Nomor Menipis</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="150"/>
        <source>  (the standard folder)</source>
        <translation>  (folder standar)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>Settings saved.</source>
        <translation>Pengaturan disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="173"/>
        <source>Move the Data Folder To</source>
        <translation>Pindahkan Folder Data Ke</translation>
    </message>
    <message>
        <location filename="../../ui/threshold_dialog.py" line="38"/>
        <location filename="../../ui/threshold_dialog.py" line="41"/>
        <source>Threshold Limit</source>
        <translation>Batas Ambang</translation>
    </message>
    <message>
        <location filename="../../ui/threshold_dialog.py" line="43"/>
        <source>Available now</source>
        <translation>Tersedia sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/threshold_dialog.py" line="45"/>
        <source>{available:,} for {year}</source>
        <translation>{available:,} untuk {year}</translation>
    </message>
    <message>
        <location filename="../../ui/threshold_dialog.py" line="54"/>
        <source>The window shows a warning, and issuing a billing says so, when this year&apos;s available numbers are at or below the limit.</source>
        <translation>Jendela menampilkan peringatan, dan penerbitan tagihan menyebutkannya, bila nomor tersedia tahun ini sama dengan atau di bawah batas.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="28"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="32"/>
        <source>Why not</source>
        <translation>Alasan tidak cocok</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="52"/>
        <source>&lt;b&gt;{matched:,} of {matches:,} files matched a billing.&lt;/b&gt; </source>
        <translation>&lt;b&gt;{matched:,} dari {matches:,} berkas cocok dengan tagihan.&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="56"/>
        <source>Nothing is saved until you attach them.</source>
        <translation>Tidak ada yang disimpan sampai Anda melampirkannya.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="58"/>
        <source>There is nothing to attach.</source>
        <translation>Tidak ada yang bisa dilampirkan.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="73"/>
        <source>Matched</source>
        <translation>Cocok</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="73"/>
        <source>Not matched</source>
        <translation>Tidak cocok</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="92"/>
        <source>Attach 1 File</source>
        <translation>Lampirkan 1 Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="92"/>
        <source>Attach {n:,} Files</source>
        <translation>Lampirkan {n:,} Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="113"/>
        <source>1 e-Faktur file attached.</source>
        <translation>1 berkas e-Faktur dilampirkan.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="114"/>
        <source>{n:,} e-Faktur files attached.</source>
        <translation>{n:,} berkas e-Faktur dilampirkan.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialog.py" line="123"/>
        <source>Their numbers count as uploaded now: they can never be given back.</source>
        <translation>Nomornya kini berstatus diunggah: tidak pernah bisa dikembalikan.</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="22"/>
        <location filename="../../app/i18n.py" line="36"/>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="23"/>
        <location filename="../../app/i18n.py" line="36"/>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="24"/>
        <location filename="../../app/i18n.py" line="36"/>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="25"/>
        <location filename="../../app/i18n.py" line="36"/>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="26"/>
        <location filename="../../app/i18n.py" line="37"/>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="27"/>
        <location filename="../../app/i18n.py" line="37"/>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="28"/>
        <location filename="../../app/i18n.py" line="37"/>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="29"/>
        <location filename="../../app/i18n.py" line="37"/>
        <source>Aug</source>
        <translation>Agu</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="30"/>
        <location filename="../../app/i18n.py" line="38"/>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="31"/>
        <location filename="../../app/i18n.py" line="38"/>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="32"/>
        <location filename="../../app/i18n.py" line="38"/>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="33"/>
        <location filename="../../app/i18n.py" line="38"/>
        <source>Dec</source>
        <translation>Des</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="55"/>
        <source>&lt;b&gt;E-Faktur No usage&lt;/b&gt; for</source>
        <translation>&lt;b&gt;Pemakaian No. E-Faktur&lt;/b&gt; untuk</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="88"/>
        <source>No range is recorded yet: record one on the E-Faktur No tab.</source>
        <translation>Belum ada rentang yang dicatat: catat satu di tab No. E-Faktur.</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="96"/>
        <source>Total {total:,} · Used {used:,} · Left {left:,}</source>
        <translation>Total {total:,} · Terpakai {used:,} · Sisa {left:,}</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="101"/>
        <source>Numbers used per month in {year}, and left at each month&apos;s end</source>
        <translation>Nomor terpakai per bulan pada {year}, dan sisa di akhir setiap bulan</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="104"/>
        <location filename="../../ui/usage_tab.py" line="124"/>
        <source>Used</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <location filename="../../ui/usage_tab.py" line="110"/>
        <location filename="../../ui/usage_tab.py" line="131"/>
        <source>Left</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <location filename="../../ui/year_end_dialog.py" line="29"/>
        <source>Year End: Expired E-Faktur Nos</source>
        <translation>Akhir Tahun: No. E-Faktur Kedaluwarsa</translation>
    </message>
    <message>
        <location filename="../../ui/year_end_dialog.py" line="42"/>
        <source>Numbers</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../ui/year_end_dialog.py" line="46"/>
        <source>Export to CSV…</source>
        <translation>Ekspor ke CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/year_end_dialog.py" line="71"/>
        <source>No past year has unused E-Faktur Nos. Nothing to delete.</source>
        <translation>Tidak ada tahun lalu dengan No. E-Faktur yang tidak terpakai. Tidak ada yang perlu dihapus.</translation>
    </message>
    <message>
        <location filename="../../ui/year_end_dialog.py" line="78"/>
        <source>{count:,} E-Faktur Nos of {year} were never used and have expired. Delete these blocks in e-Faktur desktop (Referensi &gt; Nomor Seri Faktur Pajak).</source>
        <translation>{count:,} No. E-Faktur tahun {year} tidak pernah dipakai dan sudah kedaluwarsa. Hapus blok-blok ini di e-Faktur desktop (Referensi &gt; Nomor Seri Faktur Pajak).</translation>
    </message>
    <message>
        <location filename="../../ui/year_end_dialog.py" line="95"/>
        <source>Export expired E-Faktur Nos</source>
        <translation>Ekspor No. E-Faktur kedaluwarsa</translation>
    </message>
    <message>
        <location filename="../../ui/year_end_dialog.py" line="97"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/year_end_dialog.py" line="107"/>
        <source>{path} could not be written: {strerror}.</source>
        <translation>{path} tidak dapat ditulis: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../ui/year_end_dialog.py" line="115"/>
        <source>{count:,} expired E-Faktur Nos of {year} saved to {path}.</source>
        <translation>{count:,} No. E-Faktur kedaluwarsa tahun {year} disimpan ke {path}.</translation>
    </message>
    <message>
        <location filename="../../app/amounts.py" line="21"/>
        <location filename="../../app/amounts.py" line="30"/>
        <location filename="../../app/amounts.py" line="39"/>
        <location filename="../../app/amounts.py" line="56"/>
        <source>“{value}” is not an amount.</source>
        <translation>“{value}” bukan jumlah.</translation>
    </message>
    <message>
        <location filename="../../app/amounts.py" line="63"/>
        <source>“{value}” is not an amount: its digit groups are uneven.</source>
        <translation>“{value}” bukan jumlah: kelompok digitnya tidak rata.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="95"/>
        <source>Keep between 1 and {MAX_KEEP} backups, not {keep}.</source>
        <translation>Simpan antara 1 dan {MAX_KEEP} cadangan, bukan {keep}.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="108"/>
        <source>Backups cannot be written to {folder}: {value}.</source>
        <translation>Cadangan tidak dapat ditulis ke {folder}: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="127"/>
        <source>Backups: keep {keep} in {folder}</source>
        <translation>Cadangan: simpan {keep} di {folder}</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="162"/>
        <source>it is not an E-Faktur Desk book</source>
        <translation>bukan buku E-Faktur Desk</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="169"/>
        <source>it cannot be read ({exc})</source>
        <translation>tidak dapat dibaca ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="171"/>
        <source>it is damaged (SQLite&apos;s integrity check failed)</source>
        <translation>rusak (pemeriksaan integritas SQLite gagal)</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="182"/>
        <source>The book could not be backed up to {folder}: {value}.</source>
        <translation>Buku tidak dapat dicadangkan ke {folder}: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="202"/>
        <source>The backup was not kept: {problem}.</source>
        <translation>Cadangan tidak disimpan: {problem}.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="206"/>
        <source>The book could not be backed up to {folder}: {exc}</source>
        <translation>Buku tidak dapat dicadangkan ke {folder}: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="266"/>
        <source>cannot be read ({exc})</source>
        <translation>tidak dapat dibaca ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="299"/>
        <source>{name} cannot be restored: {problem}. Nothing was changed.</source>
        <translation>{name} tidak dapat dipulihkan: {problem}. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="306"/>
        <source>{name} is not an E-Faktur Desk book. Nothing was changed.</source>
        <translation>{name} bukan buku E-Faktur Desk. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="311"/>
        <source>{name} was made by a newer E-Faktur Desk (book version {version}). Nothing was changed.</source>
        <translation>{name} dibuat oleh E-Faktur Desk yang lebih baru (versi buku {version}). Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="328"/>
        <source>The backup could not be copied beside the book ({value}). Nothing was changed.</source>
        <translation>Cadangan tidak dapat disalin ke samping buku ({value}). Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="346"/>
        <source>Restored the backup of {made} ({name}); the book as it was is in {safety}</source>
        <translation>Cadangan {made} ({name}) dipulihkan; buku sebelumnya ada di {safety}</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="26"/>
        <location filename="../../app/billings.py" line="199"/>
        <location filename="../../app/billings.py" line="283"/>
        <source>That billing no longer exists.</source>
        <translation>Tagihan itu sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="34"/>
        <source>There is no billing with invoice number {strip}.</source>
        <translation>Tidak ada tagihan dengan nomor invoice {strip}.</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="86"/>
        <source>It served E-Faktur No {format_number}.</source>
        <translation>Tagihan ini pernah memakai No. E-Faktur {format_number}.</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="90"/>
        <source>Payments were recorded on it.</source>
        <translation>Pembayaran sudah dicatat padanya.</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="129"/>
        <source>A billing you chose no longer exists; refresh and try again.</source>
        <translation>Tagihan yang Anda pilih sudah tidak ada; segarkan lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="173"/>
        <source>E-Faktur No {number} assigned to {invoice_no} ({how})</source>
        <translation>No. E-Faktur {number} diberikan ke {invoice_no} ({how})</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="204"/>
        <source>{invoice_no} issued</source>
        <translation>{invoice_no} diterbitkan</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="206"/>
        <source>{invoice_no} cancelled</source>
        <translation>{invoice_no} dibatalkan</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="248"/>
        <source>on issue</source>
        <translation>saat terbit</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="261"/>
        <source>A chosen E-Faktur No serves one billing at a time.</source>
        <translation>No. E-Faktur yang dipilih hanya melayani satu tagihan sekaligus.</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="263"/>
        <source>chosen by hand</source>
        <translation>dipilih manual</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="265"/>
        <source>generated</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="295"/>
        <source>E-Faktur No {number} given back by {invoice_no}; available again</source>
        <translation>No. E-Faktur {number} dikembalikan oleh {invoice_no}; tersedia lagi</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="309"/>
        <source>A payment must be more than {rupiah}.</source>
        <translation>Pembayaran harus lebih dari {rupiah}.</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="316"/>
        <source>{invoice_no}: {amount} is more than the {outstanding} still owed.</source>
        <translation>{invoice_no}: {amount} lebih dari sisa tagihan {outstanding}.</translation>
    </message>
    <message>
        <location filename="../../app/billing_actions.py" line="334"/>
        <source>Payment of {amount} on {day} recorded for {invoice_no}</source>
        <translation>Pembayaran {amount} pada {day} dicatat untuk {invoice_no}</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="78"/>
        <source>row {row}</source>
        <translation>baris {row}</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="130"/>
        <source>“{text}” is not a day of the calendar.</source>
        <translation>“{text}” bukan tanggal yang ada di kalender.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="133"/>
        <source>“{text}” is not a date: write it as YYYY-MM-DD, e.g. 2026-11-25.</source>
        <translation>“{text}” bukan tanggal: tulis sebagai YYYY-MM-DD, mis. 2026-11-25.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="146"/>
        <source>“{value}” is not yes or no: write 1/0, yes/no, true/false or ya/tidak.</source>
        <translation>“{value}” bukan ya atau tidak: tulis 1/0, yes/no, true/false atau ya/tidak.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="156"/>
        <source>“{text}” is not a transaction code: use 01 to 09.</source>
        <translation>“{text}” bukan kode transaksi: pakai 01 sampai 09.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="190"/>
        <source>“{shown}” is a spreadsheet formula; put the value itself in the cell.</source>
        <translation>“{shown}” adalah rumus spreadsheet; isikan nilainya sendiri di sel itu.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="207"/>
        <location filename="../../app/billing_import.py" line="270"/>
        <location filename="../../app/billing_import.py" line="299"/>
        <location filename="../../app/billing_import.py" line="301"/>
        <source>is empty.</source>
        <translation>kosong.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="251"/>
        <source>the header row lacks {missing}. The columns are named: {COLUMNS}.</source>
        <translation>baris judul tidak memuat {missing}. Nama kolomnya: {COLUMNS}.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="259"/>
        <source>there are no rows under the header.</source>
        <translation>tidak ada baris di bawah judul.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="273"/>
        <source>is longer than 40 characters.</source>
        <translation>lebih dari 40 karakter.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="281"/>
        <source>The NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="285"/>
        <source>The NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="316"/>
        <source>{groups:,} billings; one import takes at most {MAX_BILLINGS:,}. Split the file by month.</source>
        <translation>{groups:,} tagihan; satu impor paling banyak {MAX_BILLINGS:,}. Pisahkan berkas per bulan.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="332"/>
        <source>{invoice_no} is already in the book.</source>
        <translation>{invoice_no} sudah ada di buku.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="343"/>
        <source>differs from row {number} of the same invoice {invoice_no}; every line of one billing must agree.</source>
        <translation>berbeda dari baris {number} pada invoice yang sama {invoice_no}; semua baris satu tagihan harus sama.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="352"/>
        <source>is before the invoice date.</source>
        <translation>sebelum tanggal invoice.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="435"/>
        <source>{file_name} has {problems:,} problems; nothing was imported.</source>
        <translation>{file_name} memiliki {problems:,} masalah; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="440"/>
        <source>{file_name} has no billings to import.</source>
        <translation>{file_name} tidak memiliki tagihan untuk diimpor.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="445"/>
        <source>Since the preview, {join} came into the book; nothing was imported.</source>
        <translation>Sejak pratinjau, {join} masuk ke buku; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../app/billing_import.py" line="462"/>
        <source>{count:,} billings imported from {file_name}</source>
        <translation>{count:,} tagihan diimpor dari {file_name}</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="46"/>
        <source>the quantity</source>
        <translation>kuantitas</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="47"/>
        <source>the unit price</source>
        <translation>harga satuan</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="48"/>
        <source>the discount</source>
        <translation>diskon</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="57"/>
        <source>must be more than 0</source>
        <translation>harus lebih dari 0</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="58"/>
        <source>cannot be negative</source>
        <translation>tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="63"/>
        <source>must be between 0 and 100%</source>
        <translation>harus antara 0 dan 100%</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="73"/>
        <source>Enter the invoice number.</source>
        <translation>Isi nomor invoice.</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="77"/>
        <source>The due date {due_date:%Y-%m-%d} is before the invoice date {invoice_date:%Y-%m-%d}.</source>
        <translation>Jatuh tempo {due_date:%Y-%m-%d} sebelum tanggal invoice {invoice_date:%Y-%m-%d}.</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="83"/>
        <source>Transaction code must be one of 01 to 09, not “{transaction_code}”.</source>
        <translation>Kode transaksi harus salah satu dari 01 sampai 09, bukan “{transaction_code}”.</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="88"/>
        <source>A billing needs at least one line.</source>
        <translation>Tagihan memerlukan paling sedikit satu baris.</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="92"/>
        <source>Line {n}: enter the item name.</source>
        <translation>Baris {n}: isi nama barang.</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="97"/>
        <source>Line {n}: {value} {why}.</source>
        <translation>Baris {n}: {value} {why}.</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="102"/>
        <source>Line {n}: the amounts are not numbers.</source>
        <translation>Baris {n}: jumlahnya bukan angka.</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="104"/>
        <source>Choose the customer.</source>
        <translation>Pilih pelanggan.</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="158"/>
        <source>Invoice number {invoice_no} is already used by another billing.</source>
        <translation>Nomor invoice {invoice_no} sudah dipakai tagihan lain.</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="180"/>
        <source>{invoice_no} created as {status}</source>
        <translation>{invoice_no} dibuat sebagai {status}</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="219"/>
        <source>{invoice_no} edited ({fields})</source>
        <translation>{invoice_no} diubah ({fields})</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="221"/>
        <location filename="../../app/parties.py" line="179"/>
        <source>nothing changed</source>
        <translation>tidak ada yang berubah</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="293"/>
        <source>{invoice_no} copied from {original}</source>
        <translation>{invoice_no} disalin dari {original}</translation>
    </message>
    <message>
        <location filename="../../app/billings.py" line="320"/>
        <source>{invoice_no} deleted ({status})</source>
        <translation>{invoice_no} dihapus ({status})</translation>
    </message>
    <message>
        <location filename="../../app/book.py" line="36"/>
        <source>{path} is not an E-Faktur Desk book (it is not an SQLite file).</source>
        <translation>{path} bukan buku E-Faktur Desk (bukan berkas SQLite).</translation>
    </message>
    <message>
        <location filename="../../app/book.py" line="54"/>
        <source>{path} is read-only (its file is marked read-only), and E-Faktur Desk writes every change to it at once. Copy it to a folder of your own, or clear the read-only mark, then open it again.</source>
        <translation>{path} hanya-baca (berkasnya ditandai hanya-baca), padahal E-Faktur Desk langsung menulis setiap perubahan ke sana. Salin ke folder Anda sendiri, atau hapus tanda hanya-baca, lalu buka lagi.</translation>
    </message>
    <message>
        <location filename="../../app/book.py" line="71"/>
        <location filename="../../app/book.py" line="112"/>
        <source>{path} cannot be opened as a book: {exc}</source>
        <translation>{path} tidak dapat dibuka sebagai buku: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/book.py" line="79"/>
        <source>{path} was written by a newer E-Faktur Desk (book version {version}); this copy understands up to version {CURRENT_VERSION}. Update the program to open it.</source>
        <translation>{path} ditulis oleh E-Faktur Desk yang lebih baru (versi buku {version}); program ini hanya memahami sampai versi {CURRENT_VERSION}. Perbarui program untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../../app/book.py" line="96"/>
        <source>{path} does not exist.</source>
        <translation>{path} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../app/book.py" line="121"/>
        <source>{path} must be upgraded before it can be read, and another window has it open. Close that window first.</source>
        <translation>{path} harus diperbarui sebelum dapat dibaca, dan jendela lain sedang membukanya. Tutup jendela itu dulu.</translation>
    </message>
    <message>
        <location filename="../../app/data_folder.py" line="28"/>
        <source>The copy of {name} failed its check. Nothing moved.</source>
        <translation>Salinan {name} gagal diperiksa. Tidak ada yang dipindahkan.</translation>
    </message>
    <message>
        <location filename="../../app/data_folder.py" line="61"/>
        <source>{target} is already the data folder.</source>
        <translation>{target} sudah menjadi folder data.</translation>
    </message>
    <message>
        <location filename="../../app/data_folder.py" line="69"/>
        <source>{target} cannot be used: {value}. Nothing was changed.</source>
        <translation>{target} tidak dapat dipakai: {value}. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../app/data_folder.py" line="77"/>
        <source>The book already in {target} will be used from the next start.</source>
        <translation>Buku yang sudah ada di {target} dipakai mulai awal berikutnya.</translation>
    </message>
    <message>
        <location filename="../../app/data_folder.py" line="84"/>
        <source>Your book and its e-Faktur files were copied to {target}; that copy is used from the next start.</source>
        <translation>Buku Anda dan berkas e-Faktur-nya disalin ke {target}; salinan itu dipakai mulai awal berikutnya.</translation>
    </message>
    <message>
        <location filename="../../app/data_folder.py" line="88"/>
        <source>A new book will be made in {target} at the next start.</source>
        <translation>Buku baru akan dibuat di {target} pada awal berikutnya.</translation>
    </message>
    <message>
        <location filename="../../app/data_folder.py" line="93"/>
        <source>The data could not be copied to {target}: {exc}. The data folder was not changed.</source>
        <translation>Data tidak dapat disalin ke {target}: {exc}. Folder data tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../app/data_folder.py" line="99"/>
        <source>The old folder {current} was left as it was.</source>
        <translation>Folder lama {current} dibiarkan apa adanya.</translation>
    </message>
    <message>
        <location filename="../../app/data_folder.py" line="106"/>
        <source>From the next start the data folder is {folder} again. Nothing was copied or deleted.</source>
        <translation>Mulai awal berikutnya folder data kembali ke {folder}. Tidak ada yang disalin atau dihapus.</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_files.py" line="44"/>
        <source>That billing holds no E-Faktur No to attach a file to.</source>
        <translation>Tagihan itu tidak memegang No. E-Faktur untuk dilampiri berkas.</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_files.py" line="46"/>
        <source>{file_name} is already attached.</source>
        <translation>{file_name} sudah dilampirkan.</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_files.py" line="68"/>
        <source>e-Faktur file {file_name} attached to {invoice_no}; {number} is now uploaded</source>
        <translation>Berkas e-Faktur {file_name} dilampirkan ke {invoice_no}; {number} kini berstatus diunggah</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_files.py" line="91"/>
        <source>Say why the file is withdrawn (for the history).</source>
        <translation>Sebutkan mengapa berkas ditarik (untuk riwayat).</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_files.py" line="95"/>
        <source>That e-Faktur file no longer exists.</source>
        <translation>Berkas e-Faktur itu sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_files.py" line="98"/>
        <source>{file_name} was already withdrawn.</source>
        <translation>{file_name} sudah ditarik.</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_files.py" line="109"/>
        <source>e-Faktur file {file_name} withdrawn from {invoice_no}; {number} stays uploaded</source>
        <translation>Berkas e-Faktur {file_name} ditarik dari {invoice_no}; {number} tetap berstatus diunggah</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_no.py" line="73"/>
        <source>Enter the {what}.</source>
        <translation>Isi {what}.</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_no.py" line="76"/>
        <source>“{strip}” is not an E-Faktur No: use digits, written like 000-22.12345619.</source>
        <translation>“{strip}” bukan No. E-Faktur: pakai angka, ditulis seperti 000-22.12345619.</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_no.py" line="94"/>
        <source>An E-Faktur No has 13 digits (like 000-22.12345619); “{strip}” has {digits}.</source>
        <translation>No. E-Faktur terdiri dari 13 digit (seperti 000-22.12345619); “{strip}” memiliki {digits}.</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_no.py" line="102"/>
        <source>faktur number</source>
        <translation>nomor faktur</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_no.py" line="106"/>
        <source>A faktur number has 16 digits (like 010.000-22.12345619); “{strip}” has {digits}.</source>
        <translation>Nomor faktur terdiri dari 16 digit (seperti 010.000-22.12345619); “{strip}” memiliki {digits}.</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_no.py" line="112"/>
        <source>“{strip}” begins with transaction code {value}; a faktur&apos;s code is 01 to 09.</source>
        <translation>“{strip}” diawali kode transaksi {value}; kode faktur adalah 01 sampai 09.</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_no.py" line="118"/>
        <source>The status digit of “{strip}” must be 0 or 1.</source>
        <translation>Digit status “{strip}” harus 0 atau 1.</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="79"/>
        <source>not a readable zip ({exc})</source>
        <translation>bukan zip yang dapat dibaca ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="87"/>
        <source>holds {entries:,} files; at most {MAX_ZIP_ENTRIES:,} at once</source>
        <translation>berisi {entries:,} berkas; paling banyak {MAX_ZIP_ENTRIES:,} sekaligus</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="97"/>
        <source>its path leaves the zip&apos;s folder</source>
        <translation>jalurnya keluar dari folder zip</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="100"/>
        <source>a zip inside the zip is not opened</source>
        <translation>zip di dalam zip tidak dibuka</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="103"/>
        <location filename="../../app/efaktur_upload.py" line="119"/>
        <location filename="../../app/efaktur_upload.py" line="139"/>
        <source>too large to be an e-Faktur PDF</source>
        <translation>terlalu besar untuk PDF e-Faktur</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="114"/>
        <source>cannot be read from the zip ({exc})</source>
        <translation>tidak dapat dibaca dari zip ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="135"/>
        <source>no such file</source>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="155"/>
        <source>not a PDF</source>
        <translation>bukan PDF</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="159"/>
        <source>the PDF is locked with a password; download it again from e-Faktur</source>
        <translation>PDF dikunci dengan kata sandi; unduh lagi dari e-Faktur</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="163"/>
        <source>damaged PDF ({name__})</source>
        <translation>PDF rusak ({name__})</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="165"/>
        <source>damaged PDF (no pages)</source>
        <translation>PDF rusak (tanpa halaman)</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="188"/>
        <source>it was given back by {invoice_no} and is on no billing now</source>
        <translation>sudah dikembalikan oleh {invoice_no} dan kini tidak ada di tagihan mana pun</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="191"/>
        <source>it is on no billing</source>
        <translation>tidak ada di tagihan mana pun</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="212"/>
        <source>the same file as {value}</source>
        <translation>berkas yang sama dengan {value}</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="234"/>
        <source>no faktur number in its name or its text</source>
        <translation>tidak ada nomor faktur di nama atau teksnya</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="242"/>
        <source>seller NPWP {value} is not the company&apos;s ({seller}): this faktur belongs to another seller</source>
        <translation>NPWP penjual {value} bukan milik perusahaan ({seller}): faktur ini milik penjual lain</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="247"/>
        <source>the company&apos;s NPWP is not set, so the seller cannot be checked</source>
        <translation>NPWP perusahaan belum diisi, jadi penjual tidak dapat diperiksa</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="254"/>
        <source>E-Faktur No {number_text} is not in this book</source>
        <translation>No. E-Faktur {number_text} tidak ada di buku ini</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="265"/>
        <source>E-Faktur No {number_text}: {number}</source>
        <translation>No. E-Faktur {number_text}: {number}</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="272"/>
        <source>buyer NPWP {value} is not {name}&apos;s ({own})</source>
        <translation>NPWP pembeli {value} bukan milik {name} ({own})</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="278"/>
        <source>already attached to {invoice_no} on {uploaded_at}</source>
        <translation>sudah dilampirkan ke {invoice_no} pada {uploaded_at}</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="290"/>
        <source>{invoice_no} already has its approved file ({file_name}); a correction comes as a replacement faktur (status digit 1)</source>
        <translation>{invoice_no} sudah memiliki berkas yang disetujui ({file_name}); koreksi datang sebagai faktur pengganti (digit status 1)</translation>
    </message>
    <message>
        <location filename="../../app/efaktur_upload.py" line="305"/>
        <source>No file was matched to a billing, so nothing was attached.</source>
        <translation>Tidak ada berkas yang cocok dengan tagihan, jadi tidak ada yang dilampirkan.</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="48"/>
        <source>{invoice_no} (exported {day})</source>
        <translation>{invoice_no} (diekspor {day})</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="67"/>
        <source>it is cancelled</source>
        <translation>sudah dibatalkan</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="69"/>
        <source>it is not issued yet ({label})</source>
        <translation>belum diterbitkan ({label})</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="71"/>
        <source>Invoice Tax is off</source>
        <translation>Pajak Invoice nonaktif</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="73"/>
        <source>it has no E-Faktur No yet</source>
        <translation>belum memiliki No. E-Faktur</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="76"/>
        <source>its e-Faktur file was uploaded on {uploaded_on}; a change now needs a replacement faktur</source>
        <translation>berkas e-Faktur-nya diunggah pada {uploaded_on}; perubahan sekarang memerlukan faktur pengganti</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="80"/>
        <source>customer {name} has neither NPWP nor NIK</source>
        <translation>pelanggan {name} tidak memiliki NPWP maupun NIK</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="128"/>
        <source>it has no lines</source>
        <translation>tidak memiliki baris</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="212"/>
        <source>{invoice_no} exported to {file} (batch {batch})</source>
        <translation>{invoice_no} diekspor ke {file} (batch {batch})</translation>
    </message>
    <message>
        <location filename="../../app/exports.py" line="251"/>
        <source>Period “{text}” is not a month written YYYY-MM.</source>
        <translation>Periode “{text}” bukan bulan yang ditulis YYYY-MM.</translation>
    </message>
    <message>
        <location filename="../../app/listing.py" line="106"/>
        <source>{released} (canceled)</source>
        <translation>{released} (dibatalkan)</translation>
    </message>
    <message>
        <location filename="../../app/number_pool.py" line="155"/>
        <source>{number} is not in any range recorded in this book.</source>
        <translation>{number} tidak ada dalam rentang mana pun di buku ini.</translation>
    </message>
    <message>
        <location filename="../../app/number_pool.py" line="160"/>
        <source>{number} is already used ({state}); pick an available number.</source>
        <translation>{number} sudah terpakai ({state}); pilih nomor yang tersedia.</translation>
    </message>
    <message>
        <location filename="../../app/number_pool.py" line="167"/>
        <source>{number} is for {year}; {invoice_no} is dated {faktur_date:%Y-%m-%d} and needs a number for {year2}.</source>
        <translation>{number} untuk tahun {year}; {invoice_no} bertanggal {faktur_date:%Y-%m-%d} dan memerlukan nomor untuk {year2}.</translation>
    </message>
    <message>
        <location filename="../../app/number_pool.py" line="183"/>
        <source>{number} was granted on {grant_day:%Y-%m-%d}, after {invoice_no}&apos;s date {faktur_date:%Y-%m-%d}; a number serves only fakturs dated from its grant.</source>
        <translation>{number} diberikan pada {grant_day:%Y-%m-%d}, setelah tanggal {invoice_no} {faktur_date:%Y-%m-%d}; nomor hanya melayani faktur bertanggal sejak pemberiannya.</translation>
    </message>
    <message>
        <location filename="../../app/numbering.py" line="30"/>
        <source>Use {seq} or {seq:05} (5 digits) once for the running number, and optionally {yyyy}, {yy}, {mm}, {dd}, {yymm} or {yyyymm} for the invoice date.</source>
        <translation>Pakai {seq} atau {seq:05} (5 digit) sekali untuk nomor urut, dan bila perlu {yyyy}, {yy}, {mm}, {dd}, {yymm} atau {yyyymm} untuk tanggal invoice.</translation>
    </message>
    <message>
        <location filename="../../app/numbering.py" line="71"/>
        <source>Enter an invoice number pattern. {HELP}</source>
        <translation>Isi pola nomor invoice. {HELP}</translation>
    </message>
    <message>
        <location filename="../../app/numbering.py" line="76"/>
        <source>The pattern has an unknown part {{{value}}}. {HELP}</source>
        <translation>Pola memiliki bagian yang tidak dikenal {{{value}}}. {HELP}</translation>
    </message>
    <message>
        <location filename="../../app/numbering.py" line="82"/>
        <source>The pattern needs the running number {{seq}} exactly once. {HELP}</source>
        <translation>Pola memerlukan nomor urut {{seq}} tepat satu kali. {HELP}</translation>
    </message>
    <message>
        <location filename="../../app/numbering.py" line="89"/>
        <source>The pattern has a brace that is not part of {{…}}. {HELP}</source>
        <translation>Pola memiliki kurung kurawal yang bukan bagian dari {{…}}. {HELP}</translation>
    </message>
    <message>
        <location filename="../../app/numbering.py" line="92"/>
        <source>An invoice number pattern is at most 60 characters.</source>
        <translation>Pola nomor invoice paling panjang 60 karakter.</translation>
    </message>
    <message>
        <location filename="../../app/numbering.py" line="110"/>
        <source>Invoice numbers follow {pattern}</source>
        <translation>Nomor invoice mengikuti {pattern}</translation>
    </message>
    <message>
        <location filename="../../app/parties.py" line="32"/>
        <source>{whose} “{text}” is not a valid {upper}: {rule} ({detail}).</source>
        <translation>{whose} “{text}” bukan {upper} yang sah: {rule} ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/parties.py" line="41"/>
        <source>it must have 15 or 16 digits with a correct check digit</source>
        <translation>harus 15 atau 16 digit dengan digit pemeriksa yang benar</translation>
    </message>
    <message>
        <location filename="../../app/parties.py" line="60"/>
        <source>Enter the company&apos;s name.</source>
        <translation>Isi nama perusahaan.</translation>
    </message>
    <message>
        <location filename="../../app/parties.py" line="61"/>
        <source>The company&apos;s NPWP</source>
        <translation>NPWP perusahaan</translation>
    </message>
    <message>
        <location filename="../../app/parties.py" line="80"/>
        <source>Company set to {name}</source>
        <translation>Perusahaan diatur menjadi {name}</translation>
    </message>
    <message>
        <location filename="../../app/parties.py" line="110"/>
        <source>it must have 16 digits, starting with the region and the date of birth as on the KTP</source>
        <translation>harus 16 digit, diawali kode wilayah dan tanggal lahir seperti pada KTP</translation>
    </message>
    <message>
        <location filename="../../app/parties.py" line="118"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}” bukan alamat e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/parties.py" line="125"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Isi nama pelanggan.</translation>
    </message>
    <message>
        <location filename="../../app/parties.py" line="129"/>
        <source>The transaction code of {name} must be one of 01 to 09, not “{transaction_code}”.</source>
        <translation>Kode transaksi {name} harus salah satu dari 01 sampai 09, bukan “{transaction_code}”.</translation>
    </message>
    <message>
        <location filename="../../app/parties.py" line="135"/>
        <source>The NPWP of {name}</source>
        <translation>NPWP {name}</translation>
    </message>
    <message>
        <location filename="../../app/parties.py" line="136"/>
        <source>The NIK of {name}</source>
        <translation>NIK {name}</translation>
    </message>
    <message>
        <location filename="../../app/parties.py" line="160"/>
        <source>Customer {name} added</source>
        <translation>Pelanggan {name} ditambahkan</translation>
    </message>
    <message>
        <location filename="../../app/parties.py" line="166"/>
        <location filename="../../app/parties.py" line="196"/>
        <source>That customer no longer exists.</source>
        <translation>Pelanggan itu sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../app/parties.py" line="177"/>
        <source>Customer {name} edited ({fields})</source>
        <translation>Pelanggan {name} diubah ({fields})</translation>
    </message>
    <message>
        <location filename="../../app/parties.py" line="211"/>
        <source>Customer {name} deleted</source>
        <translation>Pelanggan {name} dihapus</translation>
    </message>
    <message>
        <location filename="../../app/ranges.py" line="45"/>
        <source>Start {start} is for {year} but End {end} is for {year2}; a range lies within one year.</source>
        <translation>Awal {start} untuk tahun {year} tetapi Akhir {end} untuk tahun {year2}; satu rentang berada dalam satu tahun.</translation>
    </message>
    <message>
        <location filename="../../app/ranges.py" line="52"/>
        <source>The numbers are for {year} (digits 4-5 of {start}) but the Year Period is {year_period}.</source>
        <translation>Nomor-nomor itu untuk tahun {year} (digit 4-5 dari {start}) tetapi Periode Tahun adalah {year_period}.</translation>
    </message>
    <message>
        <location filename="../../app/ranges.py" line="57"/>
        <source>End {end} comes before Start {start}.</source>
        <translation>Akhir {end} datang sebelum Awal {start}.</translation>
    </message>
    <message>
        <location filename="../../app/ranges.py" line="62"/>
        <source>{total:,} numbers is more than one e-Nofa grant ever holds (at most {MAX_BLOCK:,}); check Start and End.</source>
        <translation>{total:,} nomor lebih banyak dari yang pernah diberikan satu e-Nofa (paling banyak {MAX_BLOCK:,}); periksa Awal dan Akhir.</translation>
    </message>
    <message>
        <location filename="../../app/ranges.py" line="69"/>
        <source>A grant letter dated {grant_date:%Y-%m-%d} cannot grant numbers for {year}.</source>
        <translation>Surat pemberian bertanggal {grant_date:%Y-%m-%d} tidak dapat memberi nomor untuk tahun {year}.</translation>
    </message>
    <message>
        <location filename="../../app/ranges.py" line="93"/>
        <source>{start} .. {end} overlaps the range already recorded: {clash}.</source>
        <translation>{start} .. {end} bertumpang tindih dengan rentang yang sudah dicatat: {clash}.</translation>
    </message>
    <message>
        <location filename="../../app/ranges.py" line="123"/>
        <source>Range {range} added ({total:,} numbers)</source>
        <translation>Rentang {range} ditambahkan ({total:,} nomor)</translation>
    </message>
    <message>
        <location filename="../../app/ranges.py" line="154"/>
        <source>That range no longer exists; refresh and try again.</source>
        <translation>Rentang itu sudah tidak ada; segarkan lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../app/ranges.py" line="201"/>
        <source>The start of {rng} cannot change: {year} and others below it were already used. Only the end, grant letter date and note can change.</source>
        <translation>Awal {rng} tidak dapat diubah: {year} dan nomor di bawahnya sudah terpakai. Hanya ujung, tanggal surat pemberian dan catatan yang dapat diubah.</translation>
    </message>
    <message>
        <location filename="../../app/ranges.py" line="209"/>
        <source>The end cannot be before {year}, the highest number of this range ever assigned to a billing.</source>
        <translation>Ujung tidak boleh sebelum {year}, nomor tertinggi rentang ini yang pernah diberikan ke tagihan.</translation>
    </message>
    <message>
        <location filename="../../app/ranges.py" line="246"/>
        <source>Range {range} changed ({fields}); {total:,} numbers</source>
        <translation>Rentang {range} diubah ({fields}); {total:,} nomor</translation>
    </message>
    <message>
        <location filename="../../app/ranges.py" line="265"/>
        <source>{rng} cannot be deleted: {year} was assigned to a billing. Shrink its end instead to drop the unused numbers.</source>
        <translation>{rng} tidak dapat dihapus: {year} sudah diberikan ke tagihan. Perkecil ujungnya untuk membuang nomor yang tidak terpakai.</translation>
    </message>
    <message>
        <location filename="../../app/ranges.py" line="276"/>
        <source>Range {range} deleted ({total:,} numbers never used)</source>
        <translation>Rentang {range} dihapus ({total:,} nomor tidak pernah dipakai)</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="91"/>
        <source>This billing is {label}.</source>
        <translation>Tagihan ini berstatus {label}.</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="100"/>
        <source>Only a Draft or Proforma can be edited. {facts}</source>
        <translation>Hanya Draf atau Proforma yang dapat diubah. {facts}</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="108"/>
        <source>Only a Draft, Proforma or Cancelled billing can be deleted. {facts}</source>
        <translation>Hanya tagihan Draf, Proforma atau Dibatalkan yang dapat dihapus. {facts}</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="116"/>
        <source>It still holds E-Faktur No {number}; give the number back (Cancel E-Faktur No) before deleting.</source>
        <translation>Tagihan ini masih memegang No. E-Faktur {number}; kembalikan nomornya (Batalkan No. E-Faktur) sebelum menghapus.</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="125"/>
        <source>{kept_because} It stays on record as Cancelled.</source>
        <translation>{kept_because} Tagihan ini tetap tercatat sebagai Dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="134"/>
        <source>Only a Draft or Proforma can be issued. {facts}</source>
        <translation>Hanya Draf atau Proforma yang dapat diterbitkan. {facts}</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="142"/>
        <source>Payments are recorded on Unpaid, Partially Paid or Overdue billings. {facts}</source>
        <translation>Pembayaran dicatat pada tagihan Belum Dibayar, Dibayar Sebagian atau Lewat Jatuh Tempo. {facts}</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="149"/>
        <source>This billing is already cancelled.</source>
        <translation>Tagihan ini sudah dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="151"/>
        <source>A fully paid billing cannot be cancelled.</source>
        <translation>Tagihan yang sudah lunas tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="155"/>
        <source>Only an issued billing that is not fully paid can be cancelled. {facts} Delete it instead if it is not wanted.</source>
        <translation>Hanya tagihan terbit yang belum lunas yang dapat dibatalkan. {facts} Hapus saja bila tidak diperlukan.</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="161"/>
        <source>Invoice Tax is off for this billing, so it takes no number.</source>
        <translation>Pajak Invoice nonaktif untuk tagihan ini, jadi tidak mengambil nomor.</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="165"/>
        <source>This billing already has E-Faktur No {number}.</source>
        <translation>Tagihan ini sudah memiliki No. E-Faktur {number}.</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="168"/>
        <source>A cancelled billing cannot take an E-Faktur No.</source>
        <translation>Tagihan yang dibatalkan tidak dapat mengambil No. E-Faktur.</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="172"/>
        <source>{facts} It gets its E-Faktur No when it is issued.</source>
        <translation>{facts} Tagihan ini mendapat No. E-Faktur saat diterbitkan.</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="180"/>
        <source>Cancel the billing first: only a cancelled billing gives its number back. {facts}</source>
        <translation>Batalkan tagihannya dulu: hanya tagihan yang dibatalkan yang mengembalikan nomornya. {facts}</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="185"/>
        <source>Invoice Tax is off for this billing, so it has no number.</source>
        <translation>Pajak Invoice nonaktif untuk tagihan ini, jadi tidak memiliki nomor.</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="187"/>
        <source>This billing holds no E-Faktur No to give back.</source>
        <translation>Tagihan ini tidak memegang No. E-Faktur untuk dikembalikan.</translation>
    </message>
    <message>
        <location filename="../../app/rules.py" line="192"/>
        <source>e-Faktur file uploaded on {uploaded_on:%Y-%m-%d}: DJP approved {number}, so it is spent. Correct it with a replacement faktur.</source>
        <translation>Berkas e-Faktur diunggah pada {uploaded_on:%Y-%m-%d}: DJP sudah menyetujui {number}, jadi nomor itu terpakai. Koreksi dengan faktur pengganti.</translation>
    </message>
    <message>
        <location filename="../../app/safe_write.py" line="26"/>
        <source>The file could not be written to {path}: {value}.</source>
        <translation>Berkas tidak dapat ditulis ke {path}: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/spreadsheets.py" line="93"/>
        <source>Save as .xlsx or .csv, not “{value}”.</source>
        <translation>Simpan sebagai .xlsx atau .csv, bukan “{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/spreadsheets.py" line="113"/>
        <source>{name} cannot be read: {value}.</source>
        <translation>{name} tidak dapat dibaca: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/spreadsheets.py" line="118"/>
        <source>{name} is {value:,.0f} MB; an import file is at most {value2} MB. Split it by month.</source>
        <translation>{name} berukuran {value:,.0f} MB; berkas impor paling besar {value2} MB. Pisahkan per bulan.</translation>
    </message>
    <message>
        <location filename="../../app/spreadsheets.py" line="129"/>
        <source>{name}: choose a .csv or .xlsx file.</source>
        <translation>{name}: pilih berkas .csv atau .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/spreadsheets.py" line="137"/>
        <source>{name} is saved as Unicode text (UTF-16). In Excel choose Save As → “CSV UTF-8 (Comma delimited)”, or save it as .xlsx.</source>
        <translation>{name} disimpan sebagai teks Unicode (UTF-16). Di Excel pilih Save As → “CSV UTF-8 (Comma delimited)”, atau simpan sebagai .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/spreadsheets.py" line="143"/>
        <source>{name} is not a text file. Save the sheet as CSV UTF-8 or .xlsx.</source>
        <translation>{name} bukan berkas teks. Simpan lembar kerjanya sebagai CSV UTF-8 atau .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/spreadsheets.py" line="152"/>
        <source>{name} is not in UTF-8 (a character at byte {start:,} cannot be read). In Excel choose Save As → “CSV UTF-8 (Comma delimited)”.</source>
        <translation>{name} tidak dalam UTF-8 (karakter pada byte {start:,} tidak dapat dibaca). Di Excel pilih Save As → “CSV UTF-8 (Comma delimited)”.</translation>
    </message>
    <message>
        <location filename="../../app/spreadsheets.py" line="163"/>
        <source>{name} is not a readable CSV file: {exc}.</source>
        <translation>{name} bukan berkas CSV yang dapat dibaca: {exc}.</translation>
    </message>
    <message>
        <location filename="../../app/spreadsheets.py" line="177"/>
        <source>{name} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>{name} bukan buku kerja Excel (.xlsx) yang dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../app/spreadsheets.py" line="193"/>
        <source>{name} is empty: the first row must name the columns.</source>
        <translation>{name} kosong: baris pertama harus menamai kolom.</translation>
    </message>
    <message>
        <location filename="../../app/threshold.py" line="44"/>
        <source>The threshold limit must be a whole number of E-Faktur Nos, not “{text}”.</source>
        <translation>Batas ambang harus berupa bilangan bulat No. E-Faktur, bukan “{text}”.</translation>
    </message>
    <message>
        <location filename="../../app/threshold.py" line="50"/>
        <source>The threshold limit is at most 1,000,000 numbers.</source>
        <translation>Batas ambang paling banyak 1.000.000 nomor.</translation>
    </message>
    <message>
        <location filename="../../app/threshold.py" line="63"/>
        <source>Low-number warning on at {limit:,}</source>
        <translation>Peringatan nomor menipis aktif pada {limit:,}</translation>
    </message>
    <message>
        <location filename="../../app/threshold.py" line="65"/>
        <source>Low-number warning off</source>
        <translation>Peringatan nomor menipis nonaktif</translation>
    </message>
    <message>
        <location filename="../../app/threshold.py" line="92"/>
        <source>No E-Faktur No is left for {year}. Request numbers through e-Nofa and record them with + Tax Number before issuing taxable billings.</source>
        <translation>Tidak ada No. E-Faktur tersisa untuk {year}. Minta nomor melalui e-Nofa dan catat dengan + Nomor Pajak sebelum menerbitkan tagihan kena pajak.</translation>
    </message>
    <message>
        <location filename="../../app/threshold.py" line="96"/>
        <source>Only 1 E-Faktur No left</source>
        <translation>Tinggal 1 No. E-Faktur</translation>
    </message>
    <message>
        <location filename="../../app/threshold.py" line="96"/>
        <source>Only {n:,} E-Faktur Nos left</source>
        <translation>Tinggal {n:,} No. E-Faktur</translation>
    </message>
    <message>
        <location filename="../../app/threshold.py" line="97"/>
        <source> for {year} (warning at {limit:,}). Request more through e-Nofa now.</source>
        <translation> untuk {year} (peringatan pada {limit:,}). Minta lagi melalui e-Nofa sekarang.</translation>
    </message>
    <message>
        <location filename="../../app/usage.py" line="63"/>
        <source>{year} is over: {left:,} unused numbers have expired. Delete them in e-Faktur desktop (Year end list).</source>
        <translation>{year} sudah lewat: {left:,} nomor yang tidak terpakai kedaluwarsa. Hapus di e-Faktur desktop (daftar Akhir Tahun).</translation>
    </message>
    <message>
        <location filename="../../app/usage.py" line="67"/>
        <source>No range is recorded for {year}.</source>
        <translation>Belum ada rentang untuk {year}.</translation>
    </message>
    <message>
        <location filename="../../app/usage.py" line="69"/>
        <source>{left:,} numbers ready for {year}.</source>
        <translation>{left:,} nomor siap untuk {year}.</translation>
    </message>
    <message>
        <location filename="../../app/usage.py" line="72"/>
        <source>No number used in the last {PACE_WINDOW_DAYS} days; {left:,} left.</source>
        <translation>Tidak ada nomor terpakai dalam {PACE_WINDOW_DAYS} hari terakhir; sisa {left:,}.</translation>
    </message>
    <message>
        <location filename="../../app/usage.py" line="75"/>
        <source>{rate:,.1f} a month</source>
        <translation>{rate:,.1f} per bulan</translation>
    </message>
    <message>
        <location filename="../../app/usage.py" line="77"/>
        <source>All {total:,} numbers for {year} are used.</source>
        <translation>Semua {total:,} nomor untuk {year} sudah terpakai.</translation>
    </message>
    <message>
        <location filename="../../app/usage.py" line="81"/>
        <source>At {pace}, the {left:,} left last beyond the end of {year}.</source>
        <translation>Dengan laju {pace}, sisa {left:,} cukup sampai melewati akhir {year}.</translation>
    </message>
    <message>
        <location filename="../../app/usage.py" line="84"/>
        <source>At {pace}, the {left:,} left run out around {day}.</source>
        <translation>Dengan laju {pace}, sisa {left:,} habis sekitar {day}.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../ui/i18n.py" line="112"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="113"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="114"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="115"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="116"/>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/i18n.py" line="117"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="118"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="119"/>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="120"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="121"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="122"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="123"/>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/i18n.py" line="99"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="100"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="101"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="102"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="103"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="104"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="105"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="106"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="107"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="108"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="109"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="110"/>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="111"/>
        <source>Restore Defaults</source>
        <translation>Pulihkan Bawaan</translation>
    </message>
</context>
</TS>
