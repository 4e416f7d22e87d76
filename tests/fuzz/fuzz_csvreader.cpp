// libFuzzer: CsvReader + TextDecoder on any bytes. The reader promises bounded memory and time and
// a French problem for malformed input, never a crash: options tiny enough that every limit and
// every chunk boundary is met.
#include "CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>

#include <cstdint>

using namespace OpenMairie::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const qsizetype chunk : {qsizetype(7), qsizetype(64 * 1024)}) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader::Options options;
        options.chunkSize = chunk;
        options.sampleSize = chunk == 7 ? 16 : 64 * 1024;
        options.maxFieldBytes = 512;
        options.maxFields = 64;
        CsvReader reader(buffer, options);
        if (!reader.open())
            continue;
        CsvRecord record;
        int records = 0;
        while (reader.readRecord(record) && ++records < 100000) {
            // Touch what a caller touches.
            (void)record.isBlank();
            for (const QString &field : std::as_const(record.fields))
                (void)field.size();
        }
        (void)TextDecoder::decode(bytes, reader.encoding());
    }
    return 0;
}
